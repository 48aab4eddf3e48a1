package org.dialoguedesk.questionnaire;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dialoguedesk.common.Lang;
import org.dialoguedesk.common.Localized;
import org.dialoguedesk.common.Messages;
import org.dialoguedesk.common.table.Table;

/**
 * Turns the sheets of an XLSForm into a {@link TemplateDraft}, following the mapping of
 * {@link XlsForm}. What the file has and a template cannot hold is listed as not kept; what makes
 * the file unusable (no survey sheet, unknown type, duplicate name, missing list…) refuses it with
 * every such problem, each naming its sheet and cell.
 */
final class XlsFormParser {

    private final String file;
    private final List<XlsFormNote> notKept = new ArrayList<>();
    private final List<XlsFormNote> errors = new ArrayList<>();
    private final Set<String> usedLists = new HashSet<>();
    private XlsFormChoices choices;

    XlsFormParser(String file) {
        this.file = file;
    }

    XlsFormImportResult parse(Map<String, Table> sheets) {
        Map<String, Table> byName = new LinkedHashMap<>();
        sheets.forEach((name, table) -> {
            String key = name.strip().toLowerCase(Locale.ROOT);
            if (List.of(XlsForm.SURVEY, XlsForm.CHOICES, XlsForm.SETTINGS).contains(key)) {
                byName.put(key, table);
            } else if (!table.rows().isEmpty() || !table.header().isEmpty()) {
                notKept.add(XlsFormNote.of(name, 0, -1, "", "questionnaire.xlsform.sheetNotKept", name));
            }
        });
        Table survey = byName.get(XlsForm.SURVEY);
        if (survey == null) {
            throw new XlsFormException(file, List.of(XlsFormNote.of("", 0, -1, "", "questionnaire.xlsform.noSurvey")));
        }
        if (survey.rows().isEmpty()) {
            throw new XlsFormException(file, List.of(XlsFormNote.of(XlsForm.SURVEY, 0, -1, "",
                    "questionnaire.xlsform.emptySurvey")));
        }
        choices = new XlsFormChoices(byName.getOrDefault(XlsForm.CHOICES, new Table(List.of(), List.of())),
                notKept, errors);
        XlsFormSettings settings = new XlsFormSettings(byName.get(XlsForm.SETTINGS), file, notKept);
        List<Section> sections = new XlsFormSurvey(survey, choices, usedLists, notKept, errors,
                defaultSection()).sections();
        choices.reportUnused(usedLists, notKept);
        if (!errors.isEmpty()) {
            throw new XlsFormException(file, errors);
        }
        return new XlsFormImportResult(file, new TemplateDraft(settings.key(), settings.title(),
                settings.description(), sections), notKept);
    }

    private static Localized defaultSection() {
        Map<Lang, String> texts = new HashMap<>();
        for (Lang lang : Lang.values()) {
            texts.put(lang, new Messages(lang).get("questionnaire.xlsform.defaultSection"));
        }
        return new Localized(texts.get(Lang.EN), texts.get(Lang.FR), texts.get(Lang.AR));
    }
}
