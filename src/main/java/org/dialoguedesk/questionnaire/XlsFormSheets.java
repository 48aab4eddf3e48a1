package org.dialoguedesk.questionnaire;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dialoguedesk.common.Lang;
import org.dialoguedesk.common.Localized;
import org.dialoguedesk.common.Messages;
import org.dialoguedesk.common.table.Table;

/** A template version as the survey, choices and settings sheets of an XLSForm ({@link XlsForm}). */
final class XlsFormSheets {

    private static final List<String> TEXTS = List.of("label", "hint", "guidance_hint");

    private final List<List<String>> survey = new ArrayList<>();
    private final List<List<String>> choices = new ArrayList<>();

    Map<String, Table> of(Template template, TemplateVersion version) {
        boolean yesNo = false;
        for (Section section : version.sections()) {
            field("begin_group", section.code(), section.title(), null, null, false, "", "");
            for (Question q : section.questions()) {
                yesNo |= q.type() == QuestionType.YES_NO;
                question(q);
            }
            field("end_group", "", null, null, null, false, "", "");
        }
        if (yesNo) {
            choices(XlsForm.YES_NO_LIST, List.of(new Choice("yes", bundleText("questionnaire.xlsform.yes")),
                    new Choice("no", bundleText("questionnaire.xlsform.no"))));
        }
        Map<String, Table> sheets = new LinkedHashMap<>();
        sheets.put(XlsForm.SURVEY, new Table(surveyHeader(), survey));
        sheets.put(XlsForm.CHOICES, new Table(choicesHeader(), choices));
        List<String> settingsRow = new ArrayList<>();
        settingsRow.add(template.key());
        addTexts(settingsRow, template.title());
        addTexts(settingsRow, template.description());
        settingsRow.add(String.valueOf(version.number()));
        settingsRow.add(XlsForm.LANGUAGES.get(Lang.EN));
        sheets.put(XlsForm.SETTINGS, new Table(settingsHeader(), List.of(settingsRow)));
        return sheets;
    }

    private void question(Question q) {
        switch (q.type()) {
            case SHORT_TEXT -> simple("text", q, "");
            case LONG_TEXT -> simple("text", q, "multiline");
            case URL_SOURCE -> simple("text", q, "url");
            case INTEGER -> simple("integer", q, "");
            case DECIMAL -> field("decimal", q.code(), q.label(), q.help(), q.definition(), q.required(), "", q.unit());
            case DATE -> simple("date", q, "");
            case YEAR -> simple("date", q, "year");
            case YES_NO -> simple("select_one " + XlsForm.YES_NO_LIST, q, "");
            case SINGLE_CHOICE -> {
                simple("select_one " + q.code(), q, "");
                choices(q.code(), q.choices());
            }
            case MULTIPLE_CHOICE -> {
                simple("select_multiple " + q.code(), q, "");
                choices(q.code(), q.choices());
            }
            case TABLE -> table(q);
        }
    }

    private void table(Question q) {
        field("begin_group", q.code(), q.label(), q.help(), q.definition(), false, "", "");
        for (Choice row : q.rows()) {
            for (Choice column : q.columns()) {
                Localized label = new Localized(cellLabel(row, column, Lang.EN), cellLabel(row, column, Lang.FR),
                        cellLabel(row, column, Lang.AR));
                field("decimal", q.code() + XlsForm.CELL_SEPARATOR + row.code() + XlsForm.CELL_SEPARATOR + column.code(),
                        label, null, null, q.required(), "", "");
            }
        }
        field("end_group", "", null, null, null, false, "", "");
        choices(q.code() + XlsForm.ROWS_SUFFIX, q.rows());
        choices(q.code() + XlsForm.COLUMNS_SUFFIX, q.columns());
    }

    private static String cellLabel(Choice row, Choice column, Lang lang) {
        return row.label().in(lang) + " \u2013 " + column.label().in(lang);
    }

    private void simple(String type, Question q, String appearance) {
        field(type, q.code(), q.label(), q.help(), q.definition(), q.required(), appearance, "");
    }

    private void field(String type, String name, Localized label, Localized hint, Localized guidance,
                       boolean required, String appearance, String unit) {
        List<String> row = new ArrayList<>(List.of(type, name));
        for (Localized text : new Localized[] {label, hint, guidance}) {
            addTexts(row, text == null ? new Localized("", "", "") : text);
        }
        row.add(required ? "yes" : "");
        row.add(appearance);
        row.add(unit);
        survey.add(row);
    }

    private void choices(String list, List<Choice> options) {
        for (Choice c : options) {
            List<String> row = new ArrayList<>(List.of(list, c.code()));
            addTexts(row, c.label());
            choices.add(row);
        }
    }

    private static void addTexts(List<String> row, Localized text) {
        for (Lang lang : Lang.values()) {
            row.add(text.exact(lang));
        }
    }

    private static Localized bundleText(String key) {
        return new Localized(new Messages(Lang.EN).get(key), new Messages(Lang.FR).get(key),
                new Messages(Lang.AR).get(key));
    }

    private static List<String> surveyHeader() {
        List<String> header = new ArrayList<>(List.of("type", "name"));
        TEXTS.forEach(base -> translated(header, base));
        header.addAll(List.of("required", "appearance", "unit"));
        return header;
    }

    private static List<String> choicesHeader() {
        List<String> header = new ArrayList<>(List.of("list_name", "name"));
        translated(header, "label");
        return header;
    }

    private static List<String> settingsHeader() {
        List<String> header = new ArrayList<>(List.of("form_id"));
        header.add("form_title");
        header.add(XlsForm.column("form_title", Lang.FR));
        header.add(XlsForm.column("form_title", Lang.AR));
        translated(header, "description");
        header.addAll(List.of("version", "default_language"));
        return header;
    }

    private static void translated(List<String> header, String base) {
        for (Lang lang : Lang.values()) {
            header.add(XlsForm.column(base, lang));
        }
    }
}
