package org.dialoguedesk.meeting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.dialoguedesk.common.DeskException;
import org.dialoguedesk.common.Localized;

/**
 * Gathers a meeting's {@link MeetingExport}. The names of dialogues, countries and organisations come
 * from the roster through the functions given, so meetings need not know it.
 */
public final class MeetingExports {

    private final MeetingService meetings;
    private final Function<UUID, Optional<Localized>> dialogueNames;
    private final Function<String, Optional<Localized>> countryNames;
    private final Function<UUID, Optional<Localized>> organisationNames;
    private final Clock clock;

    public MeetingExports(MeetingService meetings, Function<UUID, Optional<Localized>> dialogueNames,
                          Function<String, Optional<Localized>> countryNames,
                          Function<UUID, Optional<Localized>> organisationNames, Clock clock) {
        this.meetings = meetings;
        this.dialogueNames = dialogueNames;
        this.countryNames = countryNames;
        this.organisationNames = organisationNames;
        this.clock = clock;
    }

    public MeetingExport export(UUID meetingId) {
        Meeting m = meetings.meeting(meetingId).orElseThrow(() -> new DeskException("This meeting no longer exists."));
        Map<String, Localized> countries = new LinkedHashMap<>();
        List<String> codes = new ArrayList<>(m.coChairs());
        codes.add(m.hostCountry());
        Map<Delegation, List<Participant>> byDelegation = new LinkedHashMap<>();
        for (Participant p : meetings.participants(meetingId)) {
            byDelegation.computeIfAbsent(p.delegation(), d -> new ArrayList<>()).add(p);
            p.delegation().country().ifPresent(codes::add);
        }
        for (String code : codes) {
            countries.computeIfAbsent(code, c -> countryNames.apply(c).orElse(Localized.of(c)));
        }
        List<MeetingExport.DelegationGroup> groups = new ArrayList<>();
        byDelegation.forEach((d, people) -> groups.add(new MeetingExport.DelegationGroup(d,
                d.country().map(countries::get).orElseGet(() -> organisationNames.apply(d.organisationId())
                        .orElse(Localized.of(d.organisationId().toString()))), people)));
        return new MeetingExport(m, dialogueNames.apply(m.dialogueId()).orElse(Localized.of("")),
                meetings.sessions(meetingId), groups, countries, LocalDate.now(clock));
    }
}
