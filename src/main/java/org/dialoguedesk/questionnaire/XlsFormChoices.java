package org.dialoguedesk.questionnaire;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dialoguedesk.common.Localized;
import org.dialoguedesk.common.table.Table;

/** The choices sheet: choice lists by name, with the row each list starts on for reports. */
final class XlsFormChoices {

    private final Map<String, List<Choice>> lists = new LinkedHashMap<>();
    private final Map<String, Integer> firstRow = new LinkedHashMap<>();

    XlsFormChoices(Table table, List<XlsFormNote> notKept, List<XlsFormNote> errors) {
        XlsFormColumns columns = new XlsFormColumns(table.header());
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < table.rows().size(); i++) {
            List<String> row = table.rows().get(i);
            int rowNumber = table.rowNumber(i);
            String list = columns.cell(row, "list_name");
            String name = columns.cell(row, "name");
            Localized label = columns.text(row, "label");
            if (list.isEmpty()) {
                errors.add(XlsFormNote.of(XlsForm.CHOICES, rowNumber, columns.index("list_name"), "list_name",
                        "questionnaire.xlsform.choiceWithoutList"));
                continue;
            }
            if (name.isEmpty()) {
                errors.add(XlsFormNote.of(XlsForm.CHOICES, rowNumber, columns.index("name"), "name",
                        "questionnaire.xlsform.choiceWithoutName", list));
                continue;
            }
            if (!seen.add(list + "\n" + name)) {
                errors.add(XlsFormNote.of(XlsForm.CHOICES, rowNumber, columns.index("name"), "name",
                        "questionnaire.xlsform.duplicateChoice", name, list));
                continue;
            }
            firstRow.putIfAbsent(list, rowNumber);
            lists.computeIfAbsent(list, k -> new ArrayList<>()).add(new Choice(name, label));
        }
        XlsFormSurvey.reportUnread(XlsForm.CHOICES, table, columns, notKept);
    }

    boolean has(String list) {
        return lists.containsKey(list);
    }

    List<Choice> list(String list) {
        return lists.getOrDefault(list, List.of());
    }

    void reportUnused(Set<String> used, List<XlsFormNote> notKept) {
        lists.keySet().stream().filter(l -> !used.contains(l)).forEach(l -> notKept.add(XlsFormNote.of(
                XlsForm.CHOICES, firstRow.get(l), -1, "", "questionnaire.xlsform.listNotKept", l)));
    }
}
