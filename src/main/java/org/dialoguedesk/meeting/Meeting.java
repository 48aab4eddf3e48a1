package org.dialoguedesk.meeting;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.dialoguedesk.common.Lang;
import org.dialoguedesk.common.Localized;
import org.dialoguedesk.common.RecordMeta;

/**
 * A meeting of a dialogue. A draft not yet saved has a null {@code meta}.
 *
 * @param hostCountry ISO 3166-1 alpha-3 code of the hosting state
 * @param venue where in the city, in the three languages (an Arabic letter names it in Arabic); empty
 *              ones fall back to English
 * @param coChairs alpha-3 codes of the co-chairing states, in the order they are named (usually two)
 * @param workingLanguages the languages delegates may speak and documents are issued in
 * @param booths interpretation booths, one per target language: the floor is interpreted into each
 *               of these; a subset of the working languages
 * @param sample true for the demonstration meeting shipped with the application
 */
public record Meeting(RecordMeta meta, UUID dialogueId, MeetingType type, Localized title, String thematicArea,
                      String hostCountry, Localized city, Localized venue, LocalDate startDate, LocalDate endDate,
                      List<String> coChairs, Set<Lang> workingLanguages, Set<Lang> booths, int capacity,
                      MeetingStatus status, boolean sample) {

    public Meeting {
        thematicArea = thematicArea == null ? "" : thematicArea.strip();
        venue = venue == null ? Localized.of("") : venue;
        coChairs = List.copyOf(coChairs);
        workingLanguages = languages(workingLanguages);
        booths = languages(booths);
    }

    private static Set<Lang> languages(Set<Lang> langs) {
        return Collections.unmodifiableSet(langs.isEmpty() ? EnumSet.noneOf(Lang.class) : EnumSet.copyOf(langs));
    }

    public UUID id() {
        return meta.id();
    }

    /** True when the two meetings share at least one day (both ends inclusive). */
    public boolean overlaps(Meeting other) {
        return !startDate.isAfter(other.endDate) && !other.startDate.isAfter(endDate);
    }

    /** The same meeting with other record metadata (a draft getting its id, an edit its new revision). */
    public Meeting withMeta(RecordMeta newMeta) {
        return new Meeting(newMeta, dialogueId, type, title, thematicArea, hostCountry, city, venue, startDate,
                endDate, coChairs, workingLanguages, booths, capacity, status, sample);
    }
}
