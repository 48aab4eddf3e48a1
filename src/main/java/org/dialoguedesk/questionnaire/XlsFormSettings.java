package org.dialoguedesk.questionnaire;

import java.util.List;
import java.util.Locale;
import org.dialoguedesk.common.Localized;
import org.dialoguedesk.common.table.Table;

/**
 * The settings sheet: form_id becomes the template key (or the file name when there is none),
 * form_title its title. The XLSForm version is reported: Dialogue Desk numbers versions itself.
 */
final class XlsFormSettings {

    private final String key;
    private final Localized title;
    private final Localized description;

    XlsFormSettings(Table table, String file, List<XlsFormNote> notKept) {
        List<String> row = table == null || table.rows().isEmpty() ? List.of() : table.rows().get(0);
        XlsFormColumns columns = new XlsFormColumns(table == null ? List.of() : table.header());
        String id = columns.cell(row, "form_id");
        this.key = id.isEmpty() ? keyFromFileName(file) : id;
        Localized t = columns.text(row, "form_title");
        this.title = t.en().isEmpty() ? new Localized(key, t.fr(), t.ar()) : t;
        this.description = columns.text(row, "description");
        columns.index("default_language");
        String version = columns.cell(row, "version");
        if (!version.isEmpty()) {
            notKept.add(XlsFormNote.of(XlsForm.SETTINGS, table.rowNumber(0), columns.index("version"), "version",
                    "questionnaire.xlsform.versionNotKept", version));
        }
        if (table != null) {
            XlsFormSurvey.reportUnread(XlsForm.SETTINGS, table, columns, notKept);
        }
    }

    static String keyFromFileName(String file) {
        String base = file.replaceFirst("\\.[^.]*$", "").replaceAll("[^A-Za-z0-9_.-]", "_");
        return base.matches("[A-Za-z].*") ? base.toLowerCase(Locale.ROOT) : "form_" + base.toLowerCase(Locale.ROOT);
    }

    String key() {
        return key;
    }

    Localized title() {
        return title;
    }

    Localized description() {
        return description;
    }
}
