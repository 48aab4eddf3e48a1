package org.dialoguedesk.exchange;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Reads a roster file of dialogues with their dated members ({@code sample-data/dialogues.json}):
 * the shape is documented in the README. Unknown fields are refused so a typo is not lost.
 */
public final class DialogueFileReader {

    /** One dialogue as written in the file; localized texts are maps of language code to text. */
    public record DialogueEntry(String key, Map<String, String> acronym, Map<String, String> name, Integer startYear,
                                Map<String, String> description, List<String> thematicAreas, String secretariat,
                                String status, List<MemberEntry> members) {
    }

    /** A member: exactly one of country (alpha-3) and organisation (its key). */
    public record MemberEntry(String country, String organisation, String role, LocalDate from, LocalDate to,
                              String note) {
    }

    public List<DialogueEntry> read(InputStream in, String name) {
        return List.of(StrictJson.read(in, name, DialogueEntry[].class, "dialogues"));
    }
}
