package org.dialoguedesk.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.dialoguedesk.bundle.ImportLogOutcome.Resolution;
import org.dialoguedesk.bundle.ImportLogOutcome.Where;
import org.junit.jupiter.api.Test;

class ImportLogOutcomeTest {

    @Test
    void theLogKeepsAShortCodeThatReadsBackAsTheSameOutcome() {
        ImportLogOutcome plain = new ImportLogOutcome(Where.WINDOW, 0, Resolution.FIELD_BY_FIELD);
        ImportLogOutcome resolved = new ImportLogOutcome(Where.COMMAND, 3, Resolution.KEEP_LOCAL);
        assertEquals("window", plain.code());
        assertEquals("command;3;keep-local", resolved.code());
        assertEquals(Optional.of(plain), ImportLogOutcome.parse(plain.code()));
        assertEquals(Optional.of(resolved), ImportLogOutcome.parse(resolved.code()));
    }

    @Test
    void textTheLogKeptBeforeCodesIsNoOutcome() {
        for (String old : new String[] {"applied", "applied; 2 conflict(s) resolved keep-local",
            "applied in the window", "window;x;keep-local", "command;-1;keep-local", "window;2;sideways", ""}) {
            assertEquals(Optional.empty(), ImportLogOutcome.parse(old), old);
        }
    }

    @Test
    void resolvedConflictsCannotBeNegative() {
        assertThrows(IllegalArgumentException.class, () -> new ImportLogOutcome(Where.WINDOW, -1, Resolution.FIELD_BY_FIELD));
    }
}
