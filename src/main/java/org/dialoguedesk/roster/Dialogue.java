package org.dialoguedesk.roster;

import java.util.List;
import java.util.UUID;
import org.dialoguedesk.common.Localized;
import org.dialoguedesk.common.RecordMeta;

/**
 * An intergovernmental migration dialogue such as the Rabat Process.
 *
 * @param key short stable key used on the command line (e.g. {@code MTM}, {@code RABAT})
 * @param startYear year the dialogue was launched, or null when unknown
 * @param secretariatId organisation running the secretariat, or null
 */
public record Dialogue(RecordMeta meta, String key, Localized acronym, Localized name, Integer startYear,
                       Localized description, List<String> thematicAreas, UUID secretariatId,
                       DialogueStatus status) {

    public Dialogue {
        thematicAreas = List.copyOf(thematicAreas);
    }
}
