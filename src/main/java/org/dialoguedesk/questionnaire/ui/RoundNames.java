package org.dialoguedesk.questionnaire.ui;

import java.text.Collator;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dialoguedesk.questionnaire.QuestionnaireTemplateService;
import org.dialoguedesk.questionnaire.Round;
import org.dialoguedesk.questionnaire.Template;
import org.dialoguedesk.questionnaire.TemplateVersion;
import org.dialoguedesk.roster.ContactService;
import org.dialoguedesk.roster.Country;
import org.dialoguedesk.roster.Dialogue;
import org.dialoguedesk.roster.RosterService;
import org.dialoguedesk.ui.I18n;

/**
 * Names of what rounds refer to by code or id (countries, dialogues, focal points, template
 * versions) in the window's language. Made and used on the store thread: it reads countries and
 * dialogues once, contacts and templates as they are asked for. Only {@link #country} may also be
 * called on the FX thread, as it reads nothing but the countries read at construction.
 */
final class RoundNames {

    private final ContactService contacts;
    private final QuestionnaireTemplateService templates;
    private final I18n i18n;
    private final Map<String, Country> countries;
    private final Map<UUID, Dialogue> dialogues;
    private final Map<UUID, String> people = new HashMap<>();

    RoundNames(RosterService roster, ContactService contacts, QuestionnaireTemplateService templates, I18n i18n) {
        this.contacts = contacts;
        this.templates = templates;
        this.i18n = i18n;
        this.countries = roster.countries().stream().collect(Collectors.toMap(Country::code, Function.identity()));
        this.dialogues = roster.dialogues().stream().collect(Collectors.toMap(d -> d.meta().id(),
                Function.identity()));
    }

    String country(String code) {
        Country c = countries.get(code);
        return c == null ? code : i18n.text(c.name());
    }

    String dialogue(UUID id) {
        Dialogue d = dialogues.get(id);
        return d == null ? "" : i18n.text(d.acronym());
    }

    /** The focal point's name, in Arabic script in an Arabic window when the roster has it; empty for none. */
    String person(UUID contactId) {
        if (contactId == null) {
            return "";
        }
        return people.computeIfAbsent(contactId, id -> contacts.find(id).map(c ->
                i18n.lang().isRightToLeft() && !c.details().nameAr().isEmpty() ? c.details().nameAr() : c.name())
                .orElse(""));
    }

    /** "Irregular and mixed migration, version 1". */
    String version(UUID versionId) {
        return templates.version(versionId).map(this::version).orElse("");
    }

    String version(TemplateVersion v) {
        String title = templates.template(v.templateId()).map(Template::title).map(i18n::text).orElse("");
        return i18n.get("questionnaire.rounds.version", title, v.number());
    }

    String details(Round round) {
        return i18n.get("questionnaire.rounds.details", dialogue(round.dialogueId()),
                version(round.templateVersionId()), i18n.date(round.createdOn()), i18n.date(round.deadline()));
    }

    /** Countries by their name in the window's language. */
    List<Country> countriesByName() {
        return countries.values().stream().sorted(Comparator.comparing((Country c) -> i18n.text(c.name()),
                collator())).toList();
    }

    /** Dialogues by the label the window shows them by. */
    List<Dialogue> dialoguesByLabel() {
        return dialogues.values().stream().sorted(Comparator.comparing((Dialogue d) -> i18n.text(d.acronym()),
                collator())).toList();
    }

    Collator collator() {
        return Collator.getInstance(i18n.lang().locale());
    }
}
