package org.dialoguedesk.render.form;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.dialoguedesk.common.Lang;
import org.dialoguedesk.questionnaire.AnswerCell;
import org.dialoguedesk.questionnaire.AnswerKeys;
import org.dialoguedesk.questionnaire.AnswerValues;
import org.dialoguedesk.questionnaire.Question;
import org.dialoguedesk.questionnaire.TemplateVersion;

/**
 * Test support: fills a fillable questionnaire workbook the way a focal point would in a spreadsheet
 * program, typing numbers as numbers, dates as dates and picking drop-down labels as text. Cells
 * are found through the identity sheet's map; the section sheets themselves are left as they are.
 */
public final class FormFiller implements AutoCloseable {

    private final Path file;
    private final XSSFWorkbook wb;
    private final Map<String, AnswerCell> cells = new HashMap<>();

    private FormFiller(Path file) throws IOException {
        this.file = file;
        try (InputStream in = Files.newInputStream(file)) {
            this.wb = new XSSFWorkbook(in);
        }
        XSSFSheet id = wb.getSheet(FormIdentitySheet.NAME);
        boolean inCells = false;
        for (Row row : id) {
            String a = row.getCell(0) == null ? "" : row.getCell(0).getStringCellValue();
            if (a.equals(FormIdentitySheet.CELLS_HEADER)) {
                inCells = true;
            } else if (inCells && !a.isEmpty()) {
                cells.put(a, new AnswerCell(a, row.getCell(1).getStringCellValue(), row.getCell(2).getStringCellValue()));
            }
        }
    }

    public static FormFiller open(Path file) throws IOException {
        return new FormFiller(file);
    }

    public XSSFWorkbook workbook() {
        return wb;
    }

    public AnswerCell cell(String key) {
        AnswerCell c = cells.get(key);
        if (c == null) {
            throw new IllegalArgumentException("no answer cell " + key);
        }
        return c;
    }

    /** Types a value into the answer cell of a key: a String, a Number, a LocalDate or a Boolean. */
    public FormFiller set(String key, Object value) {
        AnswerCell c = cell(key);
        XSSFSheet sheet = wb.getSheet(c.sheet());
        CellReference ref = new CellReference(c.cell());
        Row row = sheet.getRow(ref.getRow()) == null ? sheet.createRow(ref.getRow()) : sheet.getRow(ref.getRow());
        Cell cell = row.getCell(ref.getCol()) == null ? row.createCell(ref.getCol()) : row.getCell(ref.getCol());
        if (value == null) {
            cell.setBlank();
        } else if (value instanceof Number n) {
            cell.setCellValue(n.doubleValue());
        } else if (value instanceof LocalDate d) {
            cell.setCellValue(d);
        } else if (value instanceof Boolean b) {
            cell.setCellValue(b);
        } else {
            cell.setCellValue(value.toString());
        }
        return this;
    }

    /** Answers every question of the version with a plausible value, labels in the form's language. */
    public FormFiller fillAll(TemplateVersion version, Lang lang) {
        for (Question q : version.questions()) {
            int i = 0;
            for (String key : AnswerKeys.of(q)) {
                set(key, sample(q, i++, lang));
            }
        }
        return this;
    }

    private static Object sample(Question q, int index, Lang lang) {
        return switch (q.type()) {
            case SHORT_TEXT -> "Directorate of Migration";
            case LONG_TEXT -> "National strategy adopted after consultation with the partner agencies.";
            case URL_SOURCE -> "https://www.example.org/statistics";
            case INTEGER -> 1200;
            case DECIMAL -> 12.5;
            case YEAR -> 2019;
            case DATE -> LocalDate.of(2024, 6, 30);
            case YES_NO -> AnswerValues.yesNoLabel(true, lang);
            case SINGLE_CHOICE -> q.choices().get(0).label().in(lang);
            case MULTIPLE_CHOICE -> AnswerValues.yesNoLabel(index == 0, lang);
            case TABLE -> 100 * (index / Math.max(1, q.columns().size()) + 1) + index % Math.max(1, q.columns().size());
        };
    }

    /** Saves the workbook over its file, as "Save" in a spreadsheet program does. */
    public void save() throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (OutputStream out = Files.newOutputStream(tmp)) {
            wb.write(out);
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
    }

    @Override
    public void close() throws IOException {
        wb.close();
    }
}
