package org.dialoguedesk.questionnaire;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.dialoguedesk.common.DeskException;
import org.dialoguedesk.common.Lang;
import org.dialoguedesk.common.Localized;
import org.dialoguedesk.common.Messages;

/**
 * Prepares the fillable forms of a round: one {@link FormSpec} per recipient, in its focal point's
 * working language, pre-filled with the country's accepted answers of the last round of the same
 * template that has any. The workbooks themselves are written by the render layer.
 */
public final class QuestionnaireFormService {


    private final RoundService rounds;
    private final QuestionnaireTemplateService templates;
    private final FormRoster roster;
    private final AnswerService answers;
    private final Clock clock;

    public QuestionnaireFormService(RoundService rounds, QuestionnaireTemplateService templates, FormRoster roster,
                                    AnswerService answers, Clock clock) {
        this.rounds = rounds;
        this.templates = templates;
        this.roster = roster;
        this.answers = answers;
        this.clock = clock;
    }

    /** One form per recipient of the round, in the round's recipient order. */
    public List<FormSpec> formsFor(UUID roundId) {
        return formsFor(roundId, null);
    }

    /**
     * The forms of the given countries only (ISO alpha-3, any case), or of all recipients when null or
     * empty. A country that is not a recipient of the round is refused, naming it.
     */
    public List<FormSpec> formsFor(UUID roundId, Collection<String> countries) {
        Round round = rounds.round(roundId).orElseThrow(() -> new DeskException("No round " + roundId));
        TemplateVersion version = templates.version(round.templateVersionId())
                .orElseThrow(() -> new DeskException("The round's template version is missing"));
        List<Recipient> recipients = rounds.recipients(roundId);
        Set<String> wanted = countries == null ? Set.of() : countries.stream()
                .map(c -> c.strip().toUpperCase(Locale.ROOT)).filter(c -> !c.isEmpty()).collect(Collectors.toSet());
        Set<String> known = recipients.stream().map(Recipient::countryCode).collect(Collectors.toSet());
        List<String> unknown = wanted.stream().filter(c -> !known.contains(c)).sorted().toList();
        if (!unknown.isEmpty()) {
            throw new DeskException(Messages.english().get("questionnaire.forms.notRecipient", round.title(),
                    String.join(", ", unknown)));
        }
        Localized dialogue = roster.dialogueName(round.dialogueId()).orElse(Localized.of(""));
        return recipients.stream().filter(r -> wanted.isEmpty() || wanted.contains(r.countryCode()))
                .map(r -> spec(round, version, dialogue, r)).toList();
    }

    private FormSpec spec(Round round, TemplateVersion version, Localized dialogue, Recipient recipient) {
        UUID fp = recipient.focalPointId();
        Lang lang = fp == null ? Lang.EN : formLanguage(roster.contactLanguages(fp));
        String focalPoint = fp == null ? "" : roster.contactName(fp, lang).orElse("");
        String country = roster.countryName(recipient.countryCode()).map(n -> n.in(lang))
                .orElse(recipient.countryCode());
        return new FormSpec(round.id(), round.title(), dialogue.in(lang), round.deadline(), recipient.countryCode(),
                country, focalPoint, version.meta().id(), version.number(), lang,
                clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS),
                version.sections(), answers.previousAccepted(round.id(), recipient.countryCode()));
    }

    /**
     * The form language: the focal point's main working language, the first of the languages the
     * roster lists for them (in the order the contact file or form gave them). No focal point or no
     * known language: English.
     */
    static Lang formLanguage(Set<Lang> languages) {
        return languages.stream().findFirst().orElse(Lang.EN);
    }
}
