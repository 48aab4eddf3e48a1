package org.dialoguedesk.render.form;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.dialoguedesk.app.Desk;
import org.dialoguedesk.questionnaire.AnswerCell;
import org.dialoguedesk.questionnaire.FormSpec;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCell;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STCellType;

/**
 * Test support: genuine forms of a desk's round, written as {@code questionnaire forms} writes them,
 * and the small edits a curious or careless user makes to one (identity fields, sheet visibility).
 */
public final class SampleForms {

    private SampleForms() {
    }

    /** The form of one recipient country of a round, written to {@code file}. */
    public static Path write(Desk desk, UUID roundId, String country, Path file) throws IOException {
        FormSpec spec = desk.forms().formsFor(roundId, List.of(country)).get(0);
        new QuestionnaireWorkbookWriter().write(spec, file);
        return file;
    }

    /** Replaces the value of a field of the identity sheet ({@code country}, {@code round_id}...). */
    public static void setIdentityField(FormFiller form, String field, String value) {
        XSSFSheet id = form.workbook().getSheet(FormIdentitySheet.NAME);
        for (Row row : id) {
            if (row.getCell(0) != null && row.getCell(0).getStringCellValue().equals(field)) {
                row.getCell(1).setCellValue(value);
                return;
            }
        }
        throw new IllegalArgumentException("no identity field " + field);
    }

    /** The cell of an answer key, as the form holds it. */
    public static XSSFCell cell(FormFiller form, String key) {
        AnswerCell c = form.cell(key);
        CellReference ref = new CellReference(c.cell());
        return form.workbook().getSheet(c.sheet()).getRow(ref.getRow()).getCell(ref.getCol());
    }

    /** Makes a cell hold a true/false as LibreOffice saves one: {@code <c t="n"><f>TRUE()</f><v>1</v></c>}. */
    public static void libreOfficeBoolean(XSSFCell cell, boolean value) {
        CTCell ct = cell.getCTCell();
        ct.setT(STCellType.N);
        ct.addNewF().setStringValue(value ? "TRUE()" : "FALSE()");
        ct.setV(value ? "1" : "0");
    }

    /** Makes a cell show an error as written in the file, such as {@code #SPILL!}, or cache one as a formula's result. */
    public static void errorCell(XSSFCell cell, String error) {
        CTCell ct = cell.getCTCell();
        ct.setT(STCellType.E);
        ct.setV(error);
    }

    /** Opens a workbook, lets the test change it, and saves it over the file. */
    public static void edit(Path file, WorkbookEdit edit) throws IOException {
        XSSFWorkbook wb;
        try (InputStream in = Files.newInputStream(file)) {
            wb = new XSSFWorkbook(in);
        }
        try (wb) {
            edit.apply(wb);
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
    }

    /** A change to a whole workbook. */
    @FunctionalInterface
    public interface WorkbookEdit {
        void apply(XSSFWorkbook wb) throws IOException;
    }
}
