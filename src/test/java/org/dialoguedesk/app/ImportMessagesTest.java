package org.dialoguedesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Collections;
import java.util.List;
import java.util.ResourceBundle;
import org.dialoguedesk.common.Lang;
import org.dialoguedesk.common.Messages;
import org.junit.jupiter.api.Test;

/** The import/export texts exist in all three languages and are real translations, not copies. */
class ImportMessagesTest {

    private static List<String> keys(Lang lang) {
        ResourceBundle bundle = new Messages(lang).bundle();
        return Collections.list(bundle.getKeys()).stream()
                .filter(k -> k.startsWith("import.") || k.startsWith("export.")).sorted().toList();
    }

    @Test
    void importAndExportKeysAreTheSameInEnglishFrenchAndArabic() {
        List<String> english = keys(Lang.EN);
        assertEquals(english, keys(Lang.FR));
        assertEquals(english, keys(Lang.AR));
        assertEquals(48, english.size());
    }

    @Test
    void frenchAndArabicSayTheRowReportInTheirOwnWords() {
        assertEquals("row 7, column email: x", Messages.english().get("import.report.error", "7", "email", "x"));
        assertEquals("ligne 7, colonne email\u00a0: x", new Messages(Lang.FR).get("import.report.error", "7", "email", "x"));
        assertNotEquals(Messages.english().get("import.file.notXlsx", "a.xlsx"),
                new Messages(Lang.AR).get("import.file.notXlsx", "a.xlsx"));
    }
}
