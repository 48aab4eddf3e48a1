package org.dialoguedesk.render.form;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.dialoguedesk.TestDesks;
import org.dialoguedesk.app.Desk;
import org.dialoguedesk.common.Messages;
import org.dialoguedesk.common.Problem;
import org.dialoguedesk.questionnaire.AnswerCell;
import org.dialoguedesk.questionnaire.FormCell;
import org.dialoguedesk.questionnaire.FormFileException;
import org.dialoguedesk.questionnaire.ReturnedForm;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The reader on files that are not forms, on damaged and edited forms, and on forms as LibreOffice
 * saves them. Every refusal is a {@link FormFileException} whose message names the file.
 */
class PoiReturnedFormReaderTest {

    @TempDir
    static Path shared;

    @TempDir
    Path dir;

    private static Path genuine;
    private final PoiReturnedFormReader reader = new PoiReturnedFormReader();

    @BeforeAll
    static void writeAGenuineForm() throws IOException {
        try (Desk desk = TestDesks.withSampleData(shared)) {
            UUID round = desk.rounds().findRound("MTM country profiles 2025").orElseThrow().id();
            genuine = SampleForms.write(desk, round, "SEN", shared.resolve("genuine-SEN.xlsx"));
        }
    }

    private Path copy(String name) throws IOException {
        return Files.copy(genuine, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }

    /** Reads a file that must be refused; checks the key and that the English message names the file. */
    private Problem refused(Path file, String key) {
        FormFileException e = assertThrows(FormFileException.class, () -> reader.read(file));
        assertEquals(key, e.problem().messageKey(), e.getMessage());
        String name = file.getFileName().toString();
        assertTrue(Messages.english().format(e.problem()).contains(name), e.getMessage());
        assertTrue(e.getMessage().contains(name), "the exception's own message names the file too");
        return e.problem();
    }

    @Test
    void aGenuineFormIsReadWithItsIdentityAndCells() {
        ReturnedForm form = reader.read(genuine);
        assertEquals("genuine-SEN.xlsx", form.fileName());
        assertEquals(ReturnedForm.FORMAT, form.field(ReturnedForm.FIELD_FORMAT).orElseThrow());
        assertEquals("SEN", form.field(ReturnedForm.FIELD_COUNTRY).orElseThrow());
        assertEquals("MTM country profiles 2025", form.field(ReturnedForm.FIELD_ROUND_TITLE).orElseThrow());
        assertTrue(form.cells().size() > 200, "52 questions, their notes and table cells: " + form.cells().size());
        assertTrue(form.values().values().stream().allMatch(FormCell::isBlank), "nothing is filled in yet");
        AnswerCell first = form.cells().get(0);
        assertEquals("q_bg_01", first.key());
        assertEquals("q_bg_01", form.rowCodes().get(first.key()));
    }

    @Test
    void anEmptyFileIsRefused() throws IOException {
        Problem p = refused(BadFiles.empty(genuine, dir.resolve("empty.xlsx")), "questionnaire.import.file.empty");
        assertEquals("empty.xlsx is empty.", Messages.english().format(p));
    }

    @Test
    void aMissingFileOrAFolderIsRefused() throws IOException {
        refused(dir.resolve("gone.xlsx"), "questionnaire.import.file.missing");
        refused(Files.createDirectory(dir.resolve("folder.xlsx")), "questionnaire.import.file.notXlsx");
    }

    @Test
    void aCsvFileRenamedXlsxIsRefused() throws IOException {
        Problem p = refused(BadFiles.csv(genuine, dir.resolve("answers.xlsx")), "questionnaire.import.file.notXlsx");
        assertEquals("answers.xlsx is not an Excel workbook (.xlsx).", Messages.english().format(p));
    }

    @Test
    void randomBytesAreRefused() throws IOException {
        refused(BadFiles.noise(genuine, dir.resolve("noise.xlsx")), "questionnaire.import.file.notXlsx");
    }

    @Test
    void aTruncatedWorkbookIsRefusedAsDamaged() throws IOException {
        Problem p = refused(BadFiles.truncated(genuine, dir.resolve("cut.xlsx")), "questionnaire.import.file.corrupt");
        assertEquals("cut.xlsx is damaged or not a workbook this program can read.", Messages.english().format(p));
    }

    @Test
    void anOldXlsWorkbookIsRefusedWithAHint() throws IOException {
        Problem p = refused(BadFiles.xls(genuine, dir.resolve("old.xlsx")), "questionnaire.import.file.oldFormat");
        assertTrue(Messages.english().format(p).contains("save it as .xlsx"), Messages.english().format(p));
    }

    @Test
    void anOpenDocumentSpreadsheetIsRefusedWithAHintNotAsDamaged() throws IOException {
        Problem p = refused(BadFiles.openDocument(genuine, dir.resolve("saved-as-ods.xlsx")),
                "questionnaire.import.file.openDocument");
        assertEquals("saved-as-ods.xlsx is an OpenDocument spreadsheet (.ods); save it as an Excel workbook (.xlsx) "
                + "and import it again.", Messages.english().format(p));
    }

    @Test
    void aPasswordProtectedWorkbookIsRefused() throws IOException {
        Path locked = BadFiles.encrypted(genuine, dir.resolve("locked.xlsx"));
        try (POIFSFileSystem fs = new POIFSFileSystem(locked.toFile(), true)) {
            assertTrue(fs.getRoot().hasEntry("EncryptionInfo"), "really encrypted");
        }
        Problem p = refused(locked, "questionnaire.import.file.password");
        assertEquals("locked.xlsx is protected by a password; save it without one and import it again.",
                Messages.english().format(p));
    }

    @Test
    void aVeryLargeFileIsRefusedWithoutBeingOpened() throws IOException {
        // a real workbook at the start: only its size may refuse it
        Problem p = refused(BadFiles.tooLarge(genuine, dir.resolve("big.xlsx")), "questionnaire.import.file.tooLarge");
        assertEquals("big.xlsx is 21 MB; a questionnaire form is never larger than 20 MB.",
                Messages.english().format(p), "a size just over the limit is rounded up, not down to the limit");
    }

    @Test
    void aWorkbookWithoutTheIdentitySheetIsNotAForm() throws IOException {
        Path plain = copy("plain.xlsx");
        SampleForms.edit(plain, wb -> wb.removeSheetAt(wb.getSheetIndex(FormIdentitySheet.NAME)));
        Problem p = refused(plain, "questionnaire.import.file.notAForm");
        assertTrue(Messages.english().format(p).startsWith("plain.xlsx is a workbook but not a questionnaire form"));
    }

    @Test
    void aRenamedSectionSheetIsNamedWithItsFirstCell() throws IOException {
        Path renamed = copy("renamed.xlsx");
        SampleForms.edit(renamed, wb -> wb.setSheetName(wb.getSheetIndex("2 Détection"), "Detection"));
        Problem p = refused(renamed, "questionnaire.import.file.sheetMissing");
        assertTrue(p.field().startsWith("2 Détection!"), p.field());
        assertEquals("renamed.xlsx: the sheet \u201C2 Détection\u201D is missing or was renamed.",
                Messages.english().format(p));
    }

    @ParameterizedTest
    @EnumSource(value = SheetVisibility.class, names = {"HIDDEN", "VISIBLE"})
    void theIdentitySheetIsReadWhetherVeryHiddenHiddenOrShown(SheetVisibility visibility) throws IOException {
        Path shown = copy("shown.xlsx");
        SampleForms.edit(shown, wb -> wb.setSheetVisibility(wb.getSheetIndex(FormIdentitySheet.NAME), visibility));
        try (InputStream in = Files.newInputStream(shown); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertEquals(visibility, wb.getSheetVisibility(wb.getSheetIndex(FormIdentitySheet.NAME)));
        }
        ReturnedForm before = reader.read(genuine);
        ReturnedForm after = reader.read(shown);
        assertEquals(before.identity(), after.identity());
        assertEquals(before.cells(), after.cells());
    }

    /** What LibreOffice does to typed values when it saves a form, found by saving one through it. */
    @Test
    void valuesAsLibreOfficeSavesThemAreReadAsTheirType() throws IOException {
        Path lo = copy("libreoffice.xlsx");
        try (FormFiller f = FormFiller.open(lo)) {
            // a true/false cell becomes <c t="n"><f>TRUE()</f><v>1</v></c>
            SampleForms.libreOfficeBoolean(SampleForms.cell(f, "q_bg_03"), true);
            SampleForms.libreOfficeBoolean(SampleForms.cell(f, "q_smug_01"), false);
            // dates keep their value, the format is written with escaped dashes
            XSSFCell date = SampleForms.cell(f, "q_bg_08");
            date.setCellValue(LocalDate.of(2024, 6, 30));
            XSSFCellStyle escaped = f.workbook().createCellStyle();
            escaped.cloneStyleFrom(date.getCellStyle());
            escaped.setDataFormat(f.workbook().createDataFormat().getFormat("yyyy\\-mm\\-dd"));
            date.setCellStyle(escaped);
            f.set("q_bg_06", "1200"); // a number stored as text
            f.set("q_bg_07", 12.5);
            SampleForms.errorCell(SampleForms.cell(f, "q_detect_01:land:y2019"), "#SPILL!"); // an error POI has no code for
            f.save();
        }
        ReturnedForm form = reader.read(lo);
        assertEquals(FormCell.bool(true), form.value("q_bg_03"));
        assertEquals(FormCell.bool(false), form.value("q_smug_01"));
        assertEquals(FormCell.date(LocalDate.of(2024, 6, 30)), form.value("q_bg_08"));
        assertEquals(FormCell.text("1200"), form.value("q_bg_06"));
        assertEquals(0, new BigDecimal("12.5").compareTo(form.value("q_bg_07").number()));
        assertEquals(FormCell.error("#SPILL!"), form.value("q_detect_01:land:y2019"),
                "one odd cell is that cell's problem, not a damaged file");
    }

    @Test
    void readingNeverChangesTheFile() throws IOException {
        Path file = copy("untouched.xlsx");
        byte[] before = Files.readAllBytes(file);
        reader.read(file);
        assertArrayEquals(before, Files.readAllBytes(file));
        assertEquals(List.of(), List.of(dir.toFile().list()).stream().filter(n -> !n.equals("untouched.xlsx"))
                .toList(), "no lock or temporary file is left beside it");
    }
}
