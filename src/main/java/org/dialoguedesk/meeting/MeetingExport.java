package org.dialoguedesk.meeting;

import java.text.Collator;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.dialoguedesk.common.Lang;
import org.dialoguedesk.common.Localized;

/**
 * Everything a meeting's documents print, gathered once: the meeting, its dialogue's name, its agenda,
 * its participants grouped by delegation with the delegation's name in the three languages, and the
 * names of the countries it mentions (host, co-chairs, delegations). The documents need no roster.
 *
 * @param countries names by alpha-3 code of every country the meeting mentions
 * @param printedOn the day the documents are made: the date of the letters
 */
public record MeetingExport(Meeting meeting, Localized dialogueName, List<AgendaSession> sessions,
                            List<DelegationGroup> delegations, Map<String, Localized> countries, LocalDate printedOn) {

    public MeetingExport {
        sessions = List.copyOf(sessions);
        delegations = List.copyOf(delegations);
        countries = Map.copyOf(countries);
    }

    /** One delegation: its name in the three languages and its participants by name. */
    public record DelegationGroup(Delegation delegation, Localized name, List<Participant> participants) {
        public DelegationGroup {
            participants = List.copyOf(participants);
        }
    }

    /** A country's name, or its code when the roster does not know it. */
    public Localized country(String code) {
        return countries.getOrDefault(code, Localized.of(code));
    }

    /** The name of the participant's delegation. */
    public Localized delegationName(Participant p) {
        return delegations.stream().filter(g -> g.delegation().equals(p.delegation())).findFirst()
                .map(DelegationGroup::name).orElse(Localized.of(""));
    }

    /**
     * The delegations in the order of their names in that language, each with only the participants
     * the document shows; a delegation left with nobody is left out.
     */
    public List<DelegationGroup> delegations(Lang lang, Predicate<Participant> shown) {
        Collator collator = Collator.getInstance(lang.locale());
        return delegations.stream()
                .map(g -> new DelegationGroup(g.delegation(), g.name(), g.participants().stream().filter(shown).toList()))
                .filter(g -> !g.participants().isEmpty())
                .sorted(Comparator.comparing((DelegationGroup g) -> g.name().in(lang), collator)).toList();
    }

    /** Every participant the document shows, delegation by delegation. */
    public List<Participant> participants(Lang lang, Predicate<Participant> shown) {
        return delegations(lang, shown).stream().flatMap(g -> g.participants().stream()).toList();
    }

    /** Invited and not declined: whom letters, badges and the attendance sheet are for. */
    public static boolean invited(Participant p) {
        return p.status() != ParticipantStatus.DECLINED;
    }

    /** On the participant list: agreed to be listed, did not decline and did not fail to come. */
    public static boolean listed(Participant p) {
        return p.consentToList() && p.status() != ParticipantStatus.DECLINED
                && p.status() != ParticipantStatus.NO_SHOW;
    }
}
