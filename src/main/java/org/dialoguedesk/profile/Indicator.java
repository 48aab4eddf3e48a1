package org.dialoguedesk.profile;

import java.util.Objects;
import java.util.UUID;
import org.dialoguedesk.common.Localized;
import org.dialoguedesk.common.RecordMeta;

/**
 * One figure of a section's indicator table: which indicator ({@code code} and its label), for which
 * year, the value (a number in plain notation) and unit, where it comes from (source and URL), a note
 * where the national definition differs, and its provenance when it came from a questionnaire answer.
 */
public record Indicator(RecordMeta meta, UUID sectionId, int position, String code, Localized label, int year,
                        String value, String unit, String source, String sourceUrl, String note,
                        String provenance) {

    public Indicator {
        Objects.requireNonNull(sectionId, "sectionId");
        code = code == null ? "" : code.strip();
        Objects.requireNonNull(label, "label");
        value = value == null ? "" : value.strip();
        unit = unit == null ? "" : unit.strip();
        source = source == null ? "" : source.strip();
        sourceUrl = sourceUrl == null ? "" : sourceUrl.strip();
        note = note == null ? "" : note.strip();
        provenance = provenance == null ? "" : provenance.strip();
    }

    /** The figure's id; a draft not yet stored (its meta null) has none. */
    public UUID id() {
        return meta == null ? null : meta.id();
    }
}
