package org.dialoguedesk.questionnaire;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dialoguedesk.common.Localized;
import org.dialoguedesk.common.table.Table;

/** The survey sheet, row by row: groups become sections (or table questions), fields questions. */
final class XlsFormSurvey {

    private static final String SURVEY = XlsForm.SURVEY;
    private static final Set<String> YES = Set.of("yes", "true", "true()", "1");
    private static final Set<String> NO = Set.of("", "no", "false", "false()", "0");

    private enum Kind { SECTION, TABLE, FLATTENED }

    /** An open group: a section, a table question, or a nested group whose fields join the section. */
    private static final class Frame {
        final Kind kind;
        final String name;
        final int row;
        final List<Question> questions = new ArrayList<>();
        Localized label;
        Localized help;
        Localized definition;
        boolean required;

        Frame(Kind kind, String name, int row) {
            this.kind = kind;
            this.name = name;
            this.row = row;
        }
    }

    private final Table survey;
    private final XlsFormColumns columns;
    private final XlsFormChoices choices;
    private final Set<String> usedLists;
    private final List<XlsFormNote> notKept;
    private final List<XlsFormNote> errors;
    private final Localized defaultTitle;
    private final Set<String> names = new LinkedHashSet<>();
    private final List<Section> sections = new ArrayList<>();
    private final Deque<Frame> open = new ArrayDeque<>();
    private Frame loose;
    private int looseIndex;

    XlsFormSurvey(Table survey, XlsFormChoices choices, Set<String> usedLists, List<XlsFormNote> notKept,
                  List<XlsFormNote> errors, Localized defaultTitle) {
        this.survey = survey;
        this.columns = new XlsFormColumns(survey.header());
        this.choices = choices;
        this.usedLists = usedLists;
        this.notKept = notKept;
        this.errors = errors;
        this.defaultTitle = defaultTitle;
    }

    List<Section> sections() {
        if (columns.index("type") < 0 || columns.index("name") < 0) {
            errors.add(XlsFormNote.of(SURVEY, 1, -1, "", "questionnaire.xlsform.noTypeOrName"));
            return List.of();
        }
        for (int i = 0; i < survey.rows().size(); i++) {
            row(survey.rows().get(i), survey.rowNumber(i));
        }
        for (Frame f : open) {
            errors.add(XlsFormNote.of(SURVEY, f.row, columns.index("type"), "type", "questionnaire.xlsform.unclosedGroup",
                    f.name));
        }
        if (loose != null) {
            sections.set(looseIndex, new Section(null, loose.name, loose.label, loose.questions));
        }
        reportUnread(SURVEY, survey, columns, notKept);
        return sections;
    }

    private void row(List<String> row, int rowNumber) {
        String[] type = columns.cell(row, "type").split("\\s+");
        String base = type[0].toLowerCase(Locale.ROOT).replace(' ', '_');
        String name = columns.cell(row, "name");
        int typeColumn = columns.index("type");
        if (base.isEmpty()) {
            if (row.stream().anyMatch(c -> c != null && !c.isBlank())) {
                notKept.add(XlsFormNote.of(SURVEY, rowNumber, -1, "", "questionnaire.xlsform.rowWithoutType"));
            }
            return;
        }
        if (!open.isEmpty() && open.peek().kind == Kind.TABLE && !base.startsWith("end_")) {
            tableCell(open.peek(), name, row, rowNumber);
            return;
        }
        switch (base) {
            case "begin_group", "begin_repeat" -> begin(base, name, row, rowNumber);
            case "end_group", "end_repeat" -> end(rowNumber, typeColumn);
            case "text", "integer", "decimal", "date", "select_one", "select_multiple" -> {
                Question q = question(base, type, name, row, rowNumber);
                if (q != null) {
                    target().questions.add(q);
                }
            }
            default -> {
                if (XlsForm.UNSUPPORTED_TYPES.contains(base)) {
                    notKept.add(XlsFormNote.of(SURVEY, rowNumber, typeColumn, "type",
                            "questionnaire.xlsform.typeNotKept", base, name));
                } else {
                    errors.add(XlsFormNote.of(SURVEY, rowNumber, typeColumn, "type",
                            "questionnaire.xlsform.unknownType", String.join(" ", type)));
                }
            }
        }
    }

    private void begin(String base, String name, List<String> row, int rowNumber) {
        if (!checkName(name, rowNumber)) {
            return;
        }
        if (base.equals("begin_repeat")) {
            notKept.add(XlsFormNote.of(SURVEY, rowNumber, columns.index("type"), "type",
                    "questionnaire.xlsform.repeatNotKept", name));
        }
        boolean table = base.equals("begin_group") && choices.has(name + XlsForm.ROWS_SUFFIX)
                && choices.has(name + XlsForm.COLUMNS_SUFFIX);
        Kind kind = open.isEmpty() && !table ? Kind.SECTION : table ? Kind.TABLE : Kind.FLATTENED;
        if (kind == Kind.FLATTENED) {
            notKept.add(XlsFormNote.of(SURVEY, rowNumber, columns.index("name"), "name",
                    "questionnaire.xlsform.groupFlattened", name));
        }
        Frame frame = new Frame(kind, name, rowNumber);
        frame.label = columns.text(row, "label");
        if (frame.label.en().isEmpty() && kind != Kind.TABLE) {
            frame.label = new Localized(name, frame.label.fr(), frame.label.ar());
        }
        frame.help = columns.text(row, "hint");
        frame.definition = columns.text(row, "guidance_hint");
        frame.required = required(row, rowNumber);
        appearance(row, rowNumber, Set.of());
        if (kind == Kind.TABLE) {
            labelRequired(frame.label, name, rowNumber);
            usedLists.add(name + XlsForm.ROWS_SUFFIX);
            usedLists.add(name + XlsForm.COLUMNS_SUFFIX);
        }
        open.push(frame);
    }

    private void end(int rowNumber, int typeColumn) {
        if (open.isEmpty()) {
            errors.add(XlsFormNote.of(SURVEY, rowNumber, typeColumn, "type", "questionnaire.xlsform.unmatchedEnd"));
            return;
        }
        Frame frame = open.pop();
        switch (frame.kind) {
            case SECTION -> sections.add(new Section(null, frame.name, frame.label, frame.questions));
            case TABLE -> target().questions.add(new Question(null, frame.name, QuestionType.TABLE, frame.required,
                    frame.label, frame.help, frame.definition, "", List.of(),
                    choices.list(frame.name + XlsForm.ROWS_SUFFIX), choices.list(frame.name + XlsForm.COLUMNS_SUFFIX)));
            case FLATTENED -> target().questions.addAll(frame.questions);
        }
    }

    /** Where a field goes: the innermost open group, or a default section for fields outside any. */
    private Frame target() {
        if (!open.isEmpty()) {
            return open.peek();
        }
        if (loose == null) {
            loose = new Frame(Kind.SECTION, "general", 0);
            loose.label = defaultTitle;
            looseIndex = sections.size();
            sections.add(null);
        }
        return loose;
    }

    private void tableCell(Frame table, String name, List<String> row, int rowNumber) {
        String prefix = table.name + XlsForm.CELL_SEPARATOR;
        String[] parts = name.startsWith(prefix) ? name.substring(prefix.length()).split(XlsForm.CELL_SEPARATOR, -1)
                : new String[0];
        boolean isCell = parts.length == 2
                && choices.list(table.name + XlsForm.ROWS_SUFFIX).stream().anyMatch(c -> c.code().equals(parts[0]))
                && choices.list(table.name + XlsForm.COLUMNS_SUFFIX).stream().anyMatch(c -> c.code().equals(parts[1]));
        if (!isCell) {
            notKept.add(XlsFormNote.of(SURVEY, rowNumber, columns.index("name"), "name",
                    "questionnaire.xlsform.tableFieldNotKept", name, table.name));
            return;
        }
        checkName(name, rowNumber);
        columns.text(row, "label");
        table.required |= required(row, rowNumber);
    }

    private Question question(String base, String[] type, String name, List<String> row, int rowNumber) {
        boolean ok = checkName(name, rowNumber);
        Localized label = columns.text(row, "label");
        ok &= labelRequired(label, name, rowNumber);
        List<Choice> options = List.of();
        QuestionType qt;
        Set<String> consumed = Set.of();
        switch (base) {
            case "text" -> {
                String appearance = columns.cell(row, "appearance").toLowerCase(Locale.ROOT);
                qt = tokens(appearance).contains("multiline") ? QuestionType.LONG_TEXT
                        : tokens(appearance).contains("url") ? QuestionType.URL_SOURCE : QuestionType.SHORT_TEXT;
                consumed = Set.of("multiline", "url");
            }
            case "integer" -> qt = QuestionType.INTEGER;
            case "decimal" -> qt = QuestionType.DECIMAL;
            case "date" -> {
                qt = tokens(columns.cell(row, "appearance")).contains("year") ? QuestionType.YEAR : QuestionType.DATE;
                consumed = Set.of("year");
            }
            default -> {
                String list = type.length > 1 ? type[1] : "";
                if (!choices.has(list)) {
                    errors.add(XlsFormNote.of(SURVEY, rowNumber, columns.index("type"), "type",
                            "questionnaire.xlsform.missingList", list.isEmpty() ? "?" : list, XlsForm.CHOICES));
                    return null;
                }
                usedLists.add(list);
                options = choices.list(list);
                boolean yesNo = base.equals("select_one") && list.equals(XlsForm.YES_NO_LIST)
                        && options.stream().map(Choice::code).toList().equals(List.of("yes", "no"));
                qt = yesNo ? QuestionType.YES_NO : base.equals("select_one") ? QuestionType.SINGLE_CHOICE
                        : QuestionType.MULTIPLE_CHOICE;
                options = yesNo ? List.of() : options;
            }
        }
        appearance(row, rowNumber, consumed);
        String unit = columns.cell(row, "unit");
        if (!unit.isEmpty() && qt != QuestionType.DECIMAL) {
            notKept.add(XlsFormNote.of(SURVEY, rowNumber, columns.index("unit"), "unit",
                    "questionnaire.xlsform.cellNotKept", "unit", unit));
        }
        boolean required = required(row, rowNumber);
        Question q = new Question(null, name, qt, required, label, columns.text(row, "hint"),
                columns.text(row, "guidance_hint"), qt == QuestionType.DECIMAL ? unit : "", options, List.of(),
                List.of());
        return ok ? q : null;
    }

    private boolean checkName(String name, int rowNumber) {
        int column = columns.index("name");
        if (name.isEmpty()) {
            errors.add(XlsFormNote.of(SURVEY, rowNumber, column, "name", "questionnaire.xlsform.nameMissing"));
            return false;
        }
        if (!TemplateValidator.CODE.matcher(name).matches()) {
            errors.add(XlsFormNote.of(SURVEY, rowNumber, column, "name", "questionnaire.problem.codeFormat", name));
            return false;
        }
        if (!names.add(name)) {
            errors.add(XlsFormNote.of(SURVEY, rowNumber, column, "name", "questionnaire.xlsform.duplicateName", name));
            return false;
        }
        return true;
    }

    private boolean labelRequired(Localized label, String name, int rowNumber) {
        if (label.en().isEmpty()) {
            errors.add(XlsFormNote.of(SURVEY, rowNumber, columns.textColumn("label"), "label",
                    "questionnaire.problem.labelRequired", name));
            return false;
        }
        return true;
    }

    private boolean required(List<String> row, int rowNumber) {
        String value = columns.cell(row, "required").toLowerCase(Locale.ROOT);
        if (YES.contains(value)) {
            return true;
        }
        if (!NO.contains(value)) {
            notKept.add(XlsFormNote.of(SURVEY, rowNumber, columns.index("required"), "required",
                    "questionnaire.xlsform.requiredNotKept", value));
        }
        return false;
    }

    private void appearance(List<String> row, int rowNumber, Set<String> consumed) {
        List<String> rest = tokens(columns.cell(row, "appearance")).stream().filter(t -> !consumed.contains(t)).toList();
        if (!rest.isEmpty()) {
            notKept.add(XlsFormNote.of(SURVEY, rowNumber, columns.index("appearance"), "appearance",
                    "questionnaire.xlsform.appearanceNotKept", String.join(" ", rest)));
        }
    }

    private static List<String> tokens(String appearance) {
        return appearance.isBlank() ? List.of()
                : Arrays.asList(appearance.strip().toLowerCase(Locale.ROOT).split("\\s+"));
    }

    /** Every non-blank cell of a column the import did not read: relevant, constraint, calculation… */
    static void reportUnread(String sheet, Table table, XlsFormColumns columns, List<XlsFormNote> notKept) {
        List<Integer> unread = columns.unread();
        for (int i = 0; i < table.rows().size(); i++) {
            for (int c : unread) {
                String value = Table.cell(table.rows().get(i), c).strip();
                if (!value.isEmpty()) {
                    notKept.add(XlsFormNote.of(sheet, table.rowNumber(i), c, columns.name(c),
                            "questionnaire.xlsform.cellNotKept", columns.name(c), value));
                }
            }
        }
    }
}
