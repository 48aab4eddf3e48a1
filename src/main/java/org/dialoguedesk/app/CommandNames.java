package org.dialoguedesk.app;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dialoguedesk.common.Lang;
import org.dialoguedesk.common.DeskException;
import org.dialoguedesk.common.Messages;
import org.dialoguedesk.meeting.Meeting;
import org.dialoguedesk.profile.Profile;
import org.dialoguedesk.questionnaire.QuestionnaireTemplateService;
import org.dialoguedesk.questionnaire.Round;
import org.dialoguedesk.questionnaire.Template;
import org.dialoguedesk.questionnaire.TemplateVersion;
import org.dialoguedesk.roster.Dialogue;

/** How the questionnaire commands resolve the names typed on the command line, and show them. */
final class CommandNames {

    private CommandNames() {
    }

    /** The round named by its id or title, or a one-line refusal listing the known titles. */
    static Round round(Desk desk, String idOrTitle) {
        return desk.rounds().findRound(idOrTitle).orElseThrow(() -> new DeskException(Messages.english().get(
                "questionnaire.cli.noRound", idOrTitle,
                String.join(", ", desk.rounds().rounds().stream().map(Round::title).toList()))));
    }

    /**
     * A template version: the template named by its id, key or title, the version by its number (the
     * latest when null); a one-line refusal listing the known templates otherwise.
     */
    static TemplateVersion templateVersion(Desk desk, String template, Integer number) {
        QuestionnaireTemplateService service = desk.questionnaireTemplates();
        Template t = service.findTemplate(template).orElseThrow(() -> new DeskException(Messages.english()
                .get("questionnaire.cli.noTemplate", template, String.join(", ",
                        service.templates().stream().map(Template::key).toList()))));
        return (number == null ? service.latestVersion(t.meta().id()) : service.version(t.meta().id(), number))
                .orElseThrow(() -> new DeskException(Messages.english().get("questionnaire.cli.noVersion", t.key(),
                        String.valueOf(number))));
    }

    /** The profile named by its id, key or title, or a one-line refusal listing the known keys. */
    static Profile profile(Desk desk, String name) {
        return desk.profiles().findProfile(name).orElseThrow(() -> new DeskException(Messages.english().get(
                "profile.cli.noProfile", name, String.join(", ", desk.profiles().profiles().stream()
                        .map(Profile::key).toList()))));
    }

    /** The meeting named by its id or English title, or a one-line refusal listing the known titles. */
    static Meeting meeting(Desk desk, String idOrTitle) {
        return desk.meetings().findMeeting(idOrTitle).orElseThrow(() -> new DeskException(Messages.english().get(
                "meeting.cli.noMeeting", idOrTitle, String.join(", ", desk.meetings().meetings().stream()
                        .map(m -> m.title().en()).toList()))));
    }

    static Dialogue dialogue(Desk desk, String keyOrAcronym) {
        return desk.roster().dialogueByKey(keyOrAcronym).orElseThrow(() -> new DeskException(Messages.english()
                .get("questionnaire.cli.noDialogue", keyOrAcronym,
                        String.join(", ", desk.roster().dialogues().stream().map(Dialogue::key).toList()))));
    }

    static String dialogueKey(Desk desk, Round round) {
        return desk.roster().dialogue(round.dialogueId()).map(Dialogue::key).orElse("");
    }

    static String templateKey(Desk desk, TemplateVersion version) {
        return desk.questionnaireTemplates().template(version.templateId()).map(t -> t.key()).orElse("");
    }

    /** A status as a column name: {@code ANSWER_PARTIAL} becomes {@code answer_partial}. */
    static String column(Enum<?> status) {
        return status.name().toLowerCase(Locale.ROOT);
    }

    /** Languages named on the command line ("en,ar"), each once, in the order given. */
    static List<Lang> langs(List<String> codes) {
        Set<Lang> chosen = new LinkedHashSet<>();
        for (String l : codes) {
            chosen.add(Lang.fromCode(l).orElseThrow(() -> new DeskException(Messages.english().get("profile.cli.badLang", l))));
        }
        return List.copyOf(chosen);
    }
}
