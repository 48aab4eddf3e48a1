package org.dialoguedesk.meeting.ui;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.dialoguedesk.meeting.Delegation;
import org.dialoguedesk.roster.Country;
import org.dialoguedesk.roster.Dialogue;
import org.dialoguedesk.roster.Organisation;
import org.dialoguedesk.roster.RosterService;
import org.dialoguedesk.ui.I18n;

/**
 * What the meeting forms offer to choose from, read from the roster once on the store thread:
 * dialogues, countries and organisations, each sorted by its name in the window's language, and
 * the delegations a participant may come with (every country, then every organisation).
 */
public record MeetingChoices(List<Dialogue> dialogues, List<Country> countries, List<Organisation> organisations,
                             List<DelegationChoice> delegations) {

    /** A delegation with the name the form shows for it. */
    public record DelegationChoice(Delegation delegation, String label) {

        @Override
        public String toString() {
            return label;
        }
    }

    public MeetingChoices {
        dialogues = List.copyOf(dialogues);
        countries = List.copyOf(countries);
        organisations = List.copyOf(organisations);
        delegations = List.copyOf(delegations);
    }

    static MeetingChoices read(RosterService roster, I18n i18n) {
        Collator collator = Collator.getInstance(i18n.lang().locale());
        List<Dialogue> dialogues = roster.dialogues().stream()
                .sorted(Comparator.comparing((Dialogue d) -> i18n.text(d.acronym()), collator)).toList();
        List<Country> countries = roster.countries().stream()
                .sorted(Comparator.comparing((Country c) -> i18n.text(c.name()), collator)).toList();
        List<Organisation> organisations = roster.organisations().stream()
                .sorted(Comparator.comparing((Organisation o) -> o.label(i18n.lang()), collator)).toList();
        List<DelegationChoice> delegations = new ArrayList<>();
        countries.forEach(c -> delegations.add(new DelegationChoice(Delegation.ofCountry(c.code()),
                i18n.text(c.name()))));
        organisations.forEach(o -> delegations.add(new DelegationChoice(Delegation.ofOrganisation(o.meta().id()),
                o.label(i18n.lang()))));
        return new MeetingChoices(dialogues, countries, organisations, delegations);
    }

    Optional<Country> country(String code) {
        return countries.stream().filter(c -> c.code().equals(code)).findFirst();
    }

    Optional<Dialogue> dialogue(UUID id) {
        return dialogues.stream().filter(d -> d.meta().id().equals(id)).findFirst();
    }

    Optional<DelegationChoice> delegation(Delegation d) {
        return delegations.stream().filter(c -> c.delegation().equals(d)).findFirst();
    }
}
