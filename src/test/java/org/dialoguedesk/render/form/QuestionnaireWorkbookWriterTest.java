package org.dialoguedesk.render.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.dialoguedesk.common.Lang;
import org.dialoguedesk.common.Localized;
import org.dialoguedesk.questionnaire.AnswerCell;
import org.dialoguedesk.questionnaire.Choice;
import org.dialoguedesk.questionnaire.FormFingerprint;
import org.dialoguedesk.questionnaire.FormSpec;
import org.dialoguedesk.questionnaire.Question;
import org.dialoguedesk.questionnaire.QuestionType;
import org.dialoguedesk.questionnaire.Section;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Generated forms reopened with POI, as an importer (or a spreadsheet program) would see them. */
class QuestionnaireWorkbookWriterTest {

    private static final UUID ROUND = UUID.fromString("11111111-1111-1111-1111-111111111111");
    private static final UUID VERSION = UUID.fromString("22222222-2222-2222-2222-222222222222");

    @TempDir
    Path dir;

    static Localized l(String en, String fr, String ar) {
        return new Localized(en, fr, ar);
    }

    static List<Section> sections() {
        Question single = new Question(null, "q_route", QuestionType.SINGLE_CHOICE, true,
                l("Main route", "Route principale", "الطريق الرئيسي"), l("Pick one", "Choisir", "اختر"),
                l("A route is...", "Une route est...", "الطريق هو..."), "",
                List.of(new Choice("land", l("Land, mostly", "Terrestre", "برّي")),
                        new Choice("sea", l("Sea", "Maritime", "بحري"))), List.of(), List.of());
        Question count = Question.simple("q_count", QuestionType.INTEGER, false,
                l("Persons detected", "Personnes détectées", "الأشخاص المكتشفون"));
        Question year = Question.simple("q_year", QuestionType.YEAR, false, l("Law year", "Année", "سنة القانون"));
        Question multi = new Question(null, "q_multi", QuestionType.MULTIPLE_CHOICE, false,
                l("Agencies", "Agences", "الوكالات"), null, null, "",
                List.of(new Choice("police", l("Police", "Police", "الشرطة")),
                        new Choice("navy", l("Navy", "Marine", "البحرية"))), List.of(), List.of());
        Question table = new Question(null, "q_table", QuestionType.TABLE, false,
                l("Detections by border", "Détections par frontière", "الاكتشافات حسب الحدود"), null, null, "",
                List.of(), List.of(new Choice("land", l("Land", "Terre", "برّ")), new Choice("sea", l("Sea", "Mer", "بحر"))),
                List.of(new Choice("y2022", l("2022", "2022", "2022")), new Choice("y2023", l("2023", "2023", "2023")),
                        new Choice("y2024", l("2024", "2024", "2024"))));
        return List.of(new Section(null, "background", l("Background", "Contexte", "معلومات عامة"),
                        List.of(single, count, year)),
                new Section(null, "detection", l("Detection", "Détection", "الكشف"), List.of(multi, table)));
    }

    static FormSpec spec(Lang lang) {
        return new FormSpec(ROUND, "MTM profiles 2025", "MTM Dialogue", LocalDate.of(2025, 3, 31), "MAR", "Maroc",
                "Karim Lahlou", VERSION, 3, lang, Instant.parse("2026-11-23T10:00:00Z"), sections());
    }

    private XSSFWorkbook write(Lang lang) throws Exception {
        Path file = dir.resolve(lang.code() + ".xlsx");
        new QuestionnaireWorkbookWriter().write(spec(lang), file);
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    private static Map<String, String> fields(XSSFSheet hidden) {
        Map<String, String> f = new LinkedHashMap<>();
        for (int r = 0; r <= hidden.getLastRowNum() && hidden.getRow(r) != null; r++) {
            f.put(hidden.getRow(r).getCell(0).getStringCellValue(), hidden.getRow(r).getCell(1).getStringCellValue());
        }
        return f;
    }

    private static List<AnswerCell> cells(XSSFSheet hidden) {
        List<AnswerCell> cells = new ArrayList<>();
        boolean in = false;
        for (int r = 0; r <= hidden.getLastRowNum(); r++) {
            var row = hidden.getRow(r);
            if (row == null) {
                continue;
            }
            if (in) {
                cells.add(new AnswerCell(row.getCell(0).getStringCellValue(), row.getCell(1).getStringCellValue(),
                        row.getCell(2).getStringCellValue()));
            } else if (row.getCell(0).getStringCellValue().equals(FormIdentitySheet.CELLS_HEADER)) {
                in = true;
            }
        }
        return cells;
    }

    private static Map<String, AnswerCell> byKey(List<AnswerCell> cells) {
        Map<String, AnswerCell> m = new LinkedHashMap<>();
        cells.forEach(c -> m.put(c.key(), c));
        return m;
    }

    private static XSSFCell cell(XSSFWorkbook wb, AnswerCell a) {
        CellReference ref = new CellReference(a.cell());
        return wb.getSheet(a.sheet()).getRow(ref.getRow()).getCell(ref.getCol());
    }

    private static DataValidation validationAt(XSSFSheet sheet, String cell) {
        CellReference ref = new CellReference(cell);
        for (DataValidation v : sheet.getDataValidations()) {
            for (CellRangeAddress a : v.getRegions().getCellRangeAddresses()) {
                if (a.isInRange(ref.getRow(), ref.getCol())) {
                    return v;
                }
            }
        }
        return null;
    }

    private static List<String> listValues(XSSFWorkbook wb, DataValidation v) {
        AreaReference area = new AreaReference(v.getValidationConstraint().getFormula1(), SpreadsheetVersion.EXCEL2007);
        XSSFSheet lists = wb.getSheet(area.getFirstCell().getSheetName());
        List<String> values = new ArrayList<>();
        for (CellReference c : area.getAllReferencedCells()) {
            values.add(lists.getRow(c.getRow()).getCell(c.getCol()).getStringCellValue());
        }
        return values;
    }

    @Test
    void hiddenSheetIdentifiesTheFormAndItsFingerprintMatchesTheAnswerMap() throws Exception {
        try (XSSFWorkbook wb = write(Lang.EN)) {
            XSSFSheet hidden = wb.getSheet(FormIdentitySheet.NAME);
            assertNotNull(hidden);
            assertEquals(SheetVisibility.VERY_HIDDEN, wb.getSheetVisibility(wb.getSheetIndex(hidden)));
            Map<String, String> f = fields(hidden);
            assertEquals(org.dialoguedesk.questionnaire.ReturnedForm.FORMAT, f.get(org.dialoguedesk.questionnaire.ReturnedForm.FIELD_FORMAT));
            assertEquals(ROUND.toString(), f.get(org.dialoguedesk.questionnaire.ReturnedForm.FIELD_ROUND_ID));
            assertEquals("MAR", f.get(org.dialoguedesk.questionnaire.ReturnedForm.FIELD_COUNTRY));
            assertEquals(VERSION.toString(), f.get(org.dialoguedesk.questionnaire.ReturnedForm.FIELD_VERSION_ID));
            assertEquals("3", f.get(org.dialoguedesk.questionnaire.ReturnedForm.FIELD_VERSION_NUMBER));
            assertEquals("en", f.get(org.dialoguedesk.questionnaire.ReturnedForm.FIELD_LANGUAGE));
            assertEquals("2026-11-23T10:00:00Z", f.get(org.dialoguedesk.questionnaire.ReturnedForm.FIELD_GENERATED_AT));
            List<AnswerCell> cells = cells(hidden);
            // 3 simple + 2 choices + 6 table cells, and a note per question (5)
            assertEquals(16, cells.size(), cells.toString());
            assertTrue(FormFingerprint.verify(f.get(org.dialoguedesk.questionnaire.ReturnedForm.FIELD_FINGERPRINT), ROUND, "MAR", VERSION,
                    cells));
            assertFalse(FormFingerprint.verify(f.get(org.dialoguedesk.questionnaire.ReturnedForm.FIELD_FINGERPRINT), ROUND, "SEN", VERSION,
                    cells));
            assertTrue(wb.isStructureLocked());
            List<String> sheets = new ArrayList<>();
            wb.forEach(sh -> sheets.add(sh.getSheetName()));
            assertEquals(List.of("Instructions", "1 Background", "2 Detection", FormValidations.LISTS_SHEET,
                    FormIdentitySheet.NAME), sheets);
            assertEquals(SheetVisibility.HIDDEN, wb.getSheetVisibility(3));
        }
    }

    @Test
    void answerCellsAreOpenEverythingElseLockedWithValidations() throws Exception {
        try (XSSFWorkbook wb = write(Lang.EN)) {
            Map<String, AnswerCell> cells = byKey(cells(wb.getSheet(FormIdentitySheet.NAME)));
            AnswerCell route = cells.get("q_route");
            XSSFSheet sheet = wb.getSheet(route.sheet());
            assertEquals("1 Background", sheet.getSheetName());
            assertTrue(sheet.getProtect(), "section sheets are protected");
            assertFalse(cell(wb, route).getCellStyle().getLocked(), "answer cell open");
            assertFalse(cell(wb, cells.get("q_route#note")).getCellStyle().getLocked(), "note cell open");
            CellReference r = new CellReference(route.cell());
            XSSFCell label = sheet.getRow(r.getRow()).getCell(FormSectionSheet.COL_QUESTION);
            assertEquals("Main route *", label.getStringCellValue());
            assertTrue(label.getCellStyle().getLocked(), "label locked");
            assertTrue(wb.getFontAt(label.getCellStyle().getFontIndex()).getBold());

            DataValidation choice = validationAt(sheet, route.cell());
            assertEquals(ValidationType.LIST, choice.getValidationConstraint().getValidationType());
            assertEquals(List.of("Land, mostly", "Sea"), listValues(wb, choice));

            DataValidation count = validationAt(sheet, cells.get("q_count").cell());
            assertEquals(ValidationType.INTEGER, count.getValidationConstraint().getValidationType());
            DataValidation year = validationAt(sheet, cells.get("q_year").cell());
            assertEquals("1900", year.getValidationConstraint().getFormula1());
            assertEquals("2100", year.getValidationConstraint().getFormula2());

            DataValidation police = validationAt(wb.getSheet("2 Detection"), cells.get("q_multi:police").cell());
            assertEquals(List.of("Yes", "No"), listValues(wb, police));
        }
    }

    @Test
    void tableQuestionIsAGridOfNumericCellsUnderItsColumnLabels() throws Exception {
        try (XSSFWorkbook wb = write(Lang.EN)) {
            Map<String, AnswerCell> cells = byKey(cells(wb.getSheet(FormIdentitySheet.NAME)));
            List<AnswerCell> grid = cells.values().stream().filter(c -> c.key().startsWith("q_table:")).toList();
            assertEquals(6, grid.size());
            CellReference first = new CellReference(cells.get("q_table:land:y2022").cell());
            CellReference last = new CellReference(cells.get("q_table:sea:y2024").cell());
            assertEquals(1, last.getRow() - first.getRow());
            assertEquals(2, last.getCol() - first.getCol());
            XSSFSheet sheet = wb.getSheet("2 Detection");
            assertEquals("2022", sheet.getRow(first.getRow() - 1).getCell(first.getCol()).getStringCellValue());
            assertEquals("Sea", sheet.getRow(last.getRow()).getCell(FormSectionSheet.COL_QUESTION)
                    .getStringCellValue());
            for (AnswerCell c : grid) {
                assertFalse(cell(wb, c).getCellStyle().getLocked());
                assertEquals(ValidationType.DECIMAL, validationAt(sheet, c.cell()).getValidationConstraint()
                        .getValidationType());
            }
        }
    }

    @Test
    void arabicFormReadsRightToLeftInArabic() throws Exception {
        try (XSSFWorkbook wb = write(Lang.AR)) {
            Map<String, AnswerCell> cells = byKey(cells(wb.getSheet(FormIdentitySheet.NAME)));
            assertEquals("تعليمات", wb.getSheetName(0));
            for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                assertTrue(wb.getSheetAt(i).isRightToLeft(), wb.getSheetName(i));
            }
            AnswerCell route = cells.get("q_route");
            assertEquals("1 معلومات عامة", route.sheet());
            XSSFCell label = wb.getSheet(route.sheet()).getRow(new CellReference(route.cell()).getRow())
                    .getCell(FormSectionSheet.COL_QUESTION);
            assertEquals("الطريق الرئيسي *", label.getStringCellValue());
            assertEquals(FormStyles.ARABIC_FONT, wb.getFontAt(label.getCellStyle().getFontIndex()).getFontName());
            assertEquals(List.of("نعم", "لا"), listValues(wb, validationAt(wb.getSheet("2 الكشف"),
                    cells.get("q_multi:navy").cell())));
            assertEquals("ar", fields(wb.getSheet(FormIdentitySheet.NAME)).get(org.dialoguedesk.questionnaire.ReturnedForm.FIELD_LANGUAGE));
        }
    }
}
