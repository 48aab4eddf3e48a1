package org.dialoguedesk.questionnaire;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.dialoguedesk.TestDesks;
import org.dialoguedesk.app.Desk;
import org.dialoguedesk.common.Lang;
import org.dialoguedesk.common.Messages;
import org.dialoguedesk.common.Problem;
import org.dialoguedesk.render.form.BadFiles;
import org.dialoguedesk.render.form.FormFiller;
import org.dialoguedesk.render.form.FormIdentitySheet;
import org.dialoguedesk.render.form.SampleForms;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Importing returned forms into a desk with the sample data, the way secretariats receive them: every
 * bad file, edited form and wrong cell is refused with the message for it, naming the file (and the
 * sheet and cell where there is one), and leaves every answer and every country's status exactly as it
 * was. Forms as LibreOffice saves them, and with their identity sheet shown, are imported.
 */
class FormImportTest {

    private static final String ROUND = "MTM country profiles 2025";
    private static final FormImport.Options IMPORT = new FormImport.Options(false, false);
    private static final FormImport.Options REPLACE = new FormImport.Options(false, true);

    @TempDir
    static Path shared;

    @TempDir
    Path dir;

    private static Desk desk;
    private static Round round;
    private static TemplateVersion version;
    private static Path genuine;

    @BeforeAll
    static void openDeskAndWriteAForm() throws IOException {
        desk = TestDesks.withSampleData(shared);
        round = desk.rounds().findRound(ROUND).orElseThrow();
        version = desk.answers().version(round.id());
        genuine = SampleForms.write(desk, round.id(), "SEN", shared.resolve("genuine-SEN-en.xlsx"));
    }

    @AfterAll
    static void closeDesk() {
        desk.close();
    }

    /** Every answer and every recipient (status history included) of every round. */
    private record State(Map<UUID, Map<String, List<Answer>>> answers, Map<UUID, List<Recipient>> recipients) {

        static State of(Desk d) {
            Map<UUID, Map<String, List<Answer>>> answers = new LinkedHashMap<>();
            Map<UUID, List<Recipient>> recipients = new LinkedHashMap<>();
            for (Round r : d.rounds().rounds()) {
                answers.put(r.id(), d.answers().answersByCountry(r.id()));
                recipients.put(r.id(), d.rounds().recipients(r.id()));
            }
            return new State(answers, recipients);
        }

        /** The rounds and countries whose answers or status history differ, for a readable failure. */
        List<String> differencesFrom(State other) {
            List<String> diff = new ArrayList<>();
            answers.forEach((r, byCountry) -> byCountry.forEach((c, list) -> {
                if (!list.equals(other.answers.getOrDefault(r, Map.of()).get(c))) {
                    diff.add("answers of " + c + " in " + r);
                }
            }));
            recipients.forEach((r, list) -> {
                if (!list.equals(other.recipients.get(r))) {
                    diff.add("recipients of " + r);
                }
            });
            if (!answers.keySet().equals(other.answers.keySet())) {
                diff.add("rounds");
            }
            return diff;
        }
    }

    private Path copy(String name) throws IOException {
        return Files.copy(genuine, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }

    /** Imports the file (also with --replace), expects it refused with these keys and the desk unchanged. */
    private static FormImportReport refused(Desk d, Path file, String... keys) {
        State before = State.of(d);
        FormImportReport dry = d.formImport().importFile(file, new FormImport.Options(true, false));
        FormImportReport report = d.formImport().importFile(file, REPLACE);
        assertEquals(List.of(), before.differencesFrom(State.of(d)), "a refused file changes nothing");
        assertEquals(ImportOutcome.REFUSED, report.outcome(), () -> String.valueOf(report.errors()));
        assertEquals(ImportOutcome.REFUSED, dry.outcome());
        assertEquals(file.getFileName().toString(), report.file(), "the report names the file");
        assertEquals(List.of(keys), report.errors().stream().map(Problem::messageKey).distinct().toList());
        assertNull(report.statusAfter());
        for (Problem p : report.errors()) {
            String en = Messages.english().format(p);
            assertFalse(en.contains("{") || en.equals(p.messageKey()), en);
            for (Lang lang : List.of(Lang.FR, Lang.AR)) {
                String text = new Messages(lang).format(p);
                assertNotEquals(p.messageKey(), text, p.messageKey() + " in " + lang);
                assertNotEquals(en, text, p.messageKey() + " is translated into " + lang);
            }
        }
        return report;
    }

    private FormImportReport refused(Path file, String... keys) {
        return refused(desk, file, keys);
    }

    static Stream<Arguments> badFiles() {
        return Stream.of(
                Arguments.of("empty", (BadFiles.Maker) BadFiles::empty, "questionnaire.import.file.empty"),
                Arguments.of("csv", (BadFiles.Maker) BadFiles::csv, "questionnaire.import.file.notXlsx"),
                Arguments.of("noise", (BadFiles.Maker) BadFiles::noise, "questionnaire.import.file.notXlsx"),
                Arguments.of("truncated", (BadFiles.Maker) BadFiles::truncated, "questionnaire.import.file.corrupt"),
                Arguments.of("xls", (BadFiles.Maker) BadFiles::xls, "questionnaire.import.file.oldFormat"),
                Arguments.of("ods", (BadFiles.Maker) BadFiles::openDocument, "questionnaire.import.file.openDocument"),
                Arguments.of("password", (BadFiles.Maker) BadFiles::encrypted, "questionnaire.import.file.password"),
                Arguments.of("large", (BadFiles.Maker) BadFiles::tooLarge, "questionnaire.import.file.tooLarge"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void aFileThatIsNoWorkbookIsRefusedNamingIt(String kind, BadFiles.Maker maker, String key) throws IOException {
        Path file = maker.make(genuine, dir.resolve("returned-" + kind + ".xlsx"));
        FormImportReport report = refused(file, key);
        assertTrue(Messages.english().format(report.errors().get(0)).startsWith("returned-" + kind + ".xlsx "),
                Messages.english().format(report.errors().get(0)));
    }

    @Test
    void aWorkbookWithoutTheIdentitySheetIsRefused() throws IOException {
        Path file = copy("plain.xlsx");
        SampleForms.edit(file, wb -> wb.removeSheetAt(wb.getSheetIndex(FormIdentitySheet.NAME)));
        refused(file, "questionnaire.import.file.notAForm");
    }

    @Test
    void aFormWhoseCountryWasChangedToAnotherRecipientFailsItsFingerprint() throws IOException {
        Path file = copy("sen-as-nga.xlsx");
        try (FormFiller f = FormFiller.open(file)) {
            f.set("q_bg_02", 2016);
            SampleForms.setIdentityField(f, ReturnedForm.FIELD_COUNTRY, "NGA");
            f.save();
        }
        FormImportReport r = refused(file, "questionnaire.import.problem.fingerprint");
        assertEquals("NGA", r.countryCode());
        assertEquals("the form was altered: its hidden identity sheet no longer matches its fingerprint.",
                Messages.english().format(r.errors().get(0)));
    }

    @Test
    void aFormForACountryOutsideTheRoundIsRefused() throws IOException {
        Path file = copy("jpn.xlsx");
        try (FormFiller f = FormFiller.open(file)) {
            f.set("q_bg_02", 2016);
            SampleForms.setIdentityField(f, ReturnedForm.FIELD_COUNTRY, "JPN");
            f.save();
        }
        FormImportReport r = refused(file, "questionnaire.import.problem.notRecipient");
        assertEquals("JPN is not a recipient of the round \u201CMTM country profiles 2025\u201D.",
                Messages.english().format(r.errors().get(0)));
    }

    @Test
    void aFormOfAnUnknownRoundIsRefusedNamingTheRoundItClaims() throws IOException {
        Path file = copy("unknown-round.xlsx");
        try (FormFiller f = FormFiller.open(file)) {
            f.set("q_bg_02", 2016);
            SampleForms.setIdentityField(f, ReturnedForm.FIELD_ROUND_ID, UUID.randomUUID().toString());
            f.save();
        }
        FormImportReport r = refused(file, "questionnaire.import.problem.unknownRound");
        assertEquals("the round \u201CMTM country profiles 2025\u201D of this form is not in this desk.",
                Messages.english().format(r.errors().get(0)));
    }

    @Test
    void aFormMadeByAnotherDeskIsOfAnUnknownRound(@TempDir Path elsewhere) throws IOException {
        Path file = dir.resolve("other-desk-SEN.xlsx");
        try (Desk other = TestDesks.anotherWithSampleData(elsewhere)) {
            SampleForms.write(other, other.rounds().findRound(ROUND).orElseThrow().id(), "SEN", file);
        }
        try (FormFiller f = FormFiller.open(file)) {
            f.fillAll(version, Lang.EN).save();
        }
        refused(file, "questionnaire.import.problem.unknownRound");
    }

    @Test
    void aFormWhoseVersionIdWasEditedIsOfAnotherVersion() throws IOException {
        Path file = copy("other-version.xlsx");
        try (FormFiller f = FormFiller.open(file)) {
            f.set("q_bg_02", 2016);
            SampleForms.setIdentityField(f, ReturnedForm.FIELD_VERSION_ID, UUID.randomUUID().toString());
            f.save();
        }
        refused(file, "questionnaire.import.problem.otherVersion");
    }

    @Test
    void aFormWithAnUnknownFormatIsRefused() throws IOException {
        Path file = copy("format.xlsx");
        try (FormFiller f = FormFiller.open(file)) {
            f.set("q_bg_02", 2016);
            SampleForms.setIdentityField(f, ReturnedForm.FIELD_FORMAT, "dialogue-desk-form/9");
            f.save();
        }
        FormImportReport r = refused(file, "questionnaire.import.problem.format");
        assertEquals(List.of("dialogue-desk-form/9"), r.errors().get(0).args());
    }

    @Test
    void anEditedCellMapFailsTheFingerprint() throws IOException {
        Path file = copy("map.xlsx");
        try (FormFiller f = FormFiller.open(file)) {
            f.set("q_bg_02", 2016);
            XSSFSheet id = f.workbook().getSheet(FormIdentitySheet.NAME);
            for (Row row : id) {
                if (row.getCell(0) != null && row.getCell(0).getStringCellValue().equals("q_bg_06")) {
                    row.getCell(2).setCellValue("C23"); // read q_bg_06 from the row below
                }
            }
            f.save();
        }
        refused(file, "questionnaire.import.problem.fingerprint");
    }

    @Test
    void rowsInsertedInASectionSheetAreRefusedNamingTheCell() throws IOException {
        Path file = copy("inserted.xlsx");
        try (FormFiller f = FormFiller.open(file)) {
            f.fillAll(version, Lang.EN);
            XSSFSheet sheet = f.workbook().getSheet("1 Contexte général");
            sheet.shiftRows(5, sheet.getLastRowNum(), 1); // a row inserted above q_bg_02 (row 7)
            f.save();
        }
        FormImportReport r = refused(file, "questionnaire.import.problem.rowMoved");
        Problem first = r.errors().get(0);
        assertEquals("1 Contexte général!C7", first.field());
        assertEquals(List.of("q_bg_02", "-"), first.args());
        assertTrue(r.errors().stream().allMatch(p -> p.field().startsWith("1 Contexte général!")),
                "other sheets are not affected: " + r.errors());
        assertEquals("rows were moved: question q_bg_02 was expected on this row, found \u201C-\u201D.",
                Messages.english().format(first));
    }

    @Test
    void aRenamedSectionSheetIsRefusedNamingIt() throws IOException {
        Path file = copy("renamed.xlsx");
        SampleForms.edit(file, wb -> wb.setSheetName(wb.getSheetIndex("5 Asile"), "Asile"));
        FormImportReport r = refused(file, "questionnaire.import.file.sheetMissing");
        assertTrue(r.errors().get(0).field().startsWith("5 Asile!"), r.errors().get(0).field());
        assertEquals("renamed.xlsx: the sheet \u201C5 Asile\u201D is missing or was renamed.",
                Messages.english().format(r.errors().get(0)));
    }

    @Test
    void everyWrongCellIsReportedWithItsSheetAndCell() throws IOException {
        Path file = copy("wrong-cells.xlsx");
        try (FormFiller f = FormFiller.open(file)) {
            f.fillAll(version, Lang.EN);
            f.set("q_bg_06", "about 1200"); // a whole number
            f.set("q_bg_10", "Country of departure"); // not one of the drop-down's choices
            f.set("q_bg_08", "31/02/2024"); // no such day
            f.save();
        }
        FormImportReport r = refused(file, "questionnaire.answer.problem.notInteger",
                "questionnaire.answer.problem.notDate", "questionnaire.answer.problem.notChoice");
        List<String> lines = r.errors().stream().map(p -> p.field() + ": " + Messages.english().format(p)).toList();
        assertEquals(List.of("1 Contexte général!C22: \u201Cabout 1200\u201D is not a whole number",
                "1 Contexte général!C28: \u201C31/02/2024\u201D is not a date (day/month/year, 1900 to 2100)",
                "1 Contexte général!C32: \u201CCountry of departure\u201D is not one of the choices"), lines);
    }

    @Test
    void aFormulaErrorInAnAnswerCellIsRefused() throws IOException {
        Path file = copy("error.xlsx");
        try (FormFiller f = FormFiller.open(file)) {
            f.fillAll(version, Lang.EN);
            SampleForms.cell(f, "q_bg_07").setCellFormula("1/0");
            SampleForms.errorCell(SampleForms.cell(f, "q_bg_07"), "#DIV/0!"); // the cached result of 1/0
            f.save();
        }
        FormImportReport r = refused(file, "questionnaire.answer.problem.formulaError");
        assertEquals("1 Contexte général!C25", r.errors().get(0).field());
    }

    @Test
    void aFormWithNothingFilledInIsRefused() throws IOException {
        FormImportReport r = refused(copy("blank.xlsx"), "questionnaire.import.problem.blank");
        assertEquals("SEN", r.countryCode());
    }

    @Test
    void aBlankFormDoesNotEraseStoredAnswersEvenWithReplace(@TempDir Path folder) throws IOException {
        try (Desk d = TestDesks.withSampleData(folder)) {
            Round r = d.rounds().findRound(ROUND).orElseThrow();
            Path filled = SampleForms.write(d, r.id(), "NGA", folder.resolve("nga.xlsx"));
            Path blank = Files.copy(filled, folder.resolve("nga-blank.xlsx"));
            try (FormFiller f = FormFiller.open(filled)) {
                f.fillAll(version, Lang.EN).save();
            }
            assertEquals(ImportOutcome.IMPORTED, d.formImport().importFile(filled, IMPORT).outcome());
            refused(d, blank, "questionnaire.import.problem.blank");
            assertEquals(version.questions().size(), d.answers().answers(r.id(), "NGA").size());
        }
    }

    @Test
    void aGenuineFormOfACountryTakenOutOfItsRoundIsRefused() throws IOException {
        Round other = secondRound(desk, "Hardening round A", List.of("MAR", "TUN"));
        Path file = SampleForms.write(desk, other.id(), "TUN", dir.resolve("tun.xlsx"));
        desk.rounds().removeRecipient(other.id(), "TUN");
        try (FormFiller f = FormFiller.open(file)) {
            f.set("q_bg_02", 2016).save();
        }
        FormImportReport r = refused(file, "questionnaire.import.problem.notRecipient");
        assertEquals(List.of("TUN", "Hardening round A"), r.errors().get(0).args());
    }

    @Test
    void aGenuineFormOfAnotherVersionClaimingThisRoundIsRefused() throws IOException {
        Round other = secondRound(desk, "Hardening round B", List.of("SEN"));
        Path file = SampleForms.write(desk, other.id(), "SEN", dir.resolve("v2.xlsx"));
        try (FormFiller f = FormFiller.open(file)) {
            f.set("q_bg_02", 2016);
            SampleForms.setIdentityField(f, ReturnedForm.FIELD_ROUND_ID, round.id().toString());
            f.save();
        }
        FormImportReport r = refused(file, "questionnaire.import.problem.otherVersion");
        assertEquals("the form is of template version 2, but the round \u201CMTM country profiles 2025\u201D uses "
                + "version 1.", Messages.english().format(r.errors().get(0)));
    }

    /** A round of the MTM dialogue opened today on version 2 of the sample template (made if needed). */
    private static Round secondRound(Desk d, String title, List<String> countries) {
        QuestionnaireTemplateService templates = d.questionnaireTemplates();
        Template t = templates.findTemplate("imap_irregular_mixed_migration").orElseThrow();
        UUID v = templates.version(t.meta().id(), 2).orElseGet(() -> templates.newVersionFrom(
                templates.version(t.meta().id(), 1).orElseThrow().meta().id())).meta().id();
        UUID mtm = d.roster().dialogueByKey("MTM").orElseThrow().meta().id();
        return d.rounds().createRound(new RoundDraft(mtm, v, title, LocalDate.of(2026, 12, 31), null, countries))
                .round();
    }

    @Test
    void theIdentitySheetMayBeHiddenOrShownOnceSaved(@TempDir Path folder) throws IOException {
        try (Desk d = TestDesks.withSampleData(folder)) {
            Round r = d.rounds().findRound(ROUND).orElseThrow();
            Map<String, SheetVisibility> shown = Map.of("SEN", SheetVisibility.HIDDEN, "NGA", SheetVisibility.VISIBLE);
            for (Map.Entry<String, SheetVisibility> e : shown.entrySet()) {
                Path file = SampleForms.write(d, r.id(), e.getKey(), folder.resolve(e.getKey() + ".xlsx"));
                try (FormFiller f = FormFiller.open(file)) {
                    f.fillAll(version, Lang.EN);
                    XSSFWorkbook wb = f.workbook();
                    wb.setSheetVisibility(wb.getSheetIndex(FormIdentitySheet.NAME), e.getValue());
                    f.save();
                }
                FormImportReport report = d.formImport().importFile(file, IMPORT);
                assertEquals(ImportOutcome.IMPORTED, report.outcome(), e + ": " + report.errors());
                assertEquals(version.questions().size(), d.answers().answers(r.id(), e.getKey()).size());
            }
        }
    }

    @Test
    void aRequiredQuestionLeftBlankIsAWarningAndThePartialAnswerGoesToReview(@TempDir Path folder)
            throws IOException {
        try (Desk d = TestDesks.withSampleData(folder)) {
            Round r = d.rounds().findRound(ROUND).orElseThrow();
            Path file = SampleForms.write(d, r.id(), "SEN", folder.resolve("sen.xlsx"));
            try (FormFiller f = FormFiller.open(file)) {
                f.fillAll(version, Lang.EN).set("q_bg_03", null).set("q_oth_05", null).save();
            }
            byte[] bytes = Files.readAllBytes(file);
            FormImportReport report = d.formImport().importFile(file, IMPORT);
            assertEquals(ImportOutcome.IMPORTED, report.outcome(), String.valueOf(report.errors()));
            assertEquals(List.of("1 Contexte général!C9 questionnaire.import.problem.requiredBlank [q_bg_03]",
                    "7 Autres!C13 questionnaire.import.problem.requiredBlank [q_oth_05]"),
                    report.warnings().stream().map(p -> p.field() + " " + p.messageKey() + " " + p.args()).toList());
            assertEquals(version.questions().size() - 2, report.answered());
            Recipient sen = d.rounds().recipients(r.id()).stream().filter(x -> x.countryCode().equals("SEN"))
                    .findFirst().orElseThrow();
            List<RecipientStatus> steps = sen.history().stream().map(StatusChange::status).toList();
            assertEquals(List.of(RecipientStatus.REMINDED, RecipientStatus.ANSWER_PARTIAL, RecipientStatus.UNDER_REVIEW),
                    steps.subList(steps.size() - 3, steps.size()));
            assertEquals("imported: sen.xlsx", sen.current().note());
            assertEquals(LocalDate.of(2026, 11, 23), sen.statusOn());
            assertArrayEquals(bytes, Files.readAllBytes(file), "the returned file is not changed");
        }
    }

    @Test
    void aGenuineFormOfAnotherRoundGoesToThatRoundOnly(@TempDir Path folder) throws IOException {
        try (Desk d = TestDesks.withSampleData(folder)) {
            Round other = secondRound(d, "Hardening round C", List.of("SEN", "MAR"));
            Path file = SampleForms.write(d, other.id(), "SEN", folder.resolve("round-c-sen.xlsx"));
            try (FormFiller f = FormFiller.open(file)) {
                f.set("q_bg_02", 2016).save();
            }
            UUID sample = d.rounds().findRound(ROUND).orElseThrow().id();
            Map<String, List<Answer>> sampleBefore = d.answers().answersByCountry(sample);
            List<Recipient> sampleRecipientsBefore = d.rounds().recipients(sample);
            FormImportReport report = d.formImport().importFile(file, IMPORT);
            assertEquals(ImportOutcome.IMPORTED, report.outcome(), String.valueOf(report.errors()));
            assertEquals("Hardening round C", report.roundTitle());
            assertEquals("2016", d.answers().answers(other.id(), "SEN").get(0).values().get("q_bg_02"));
            assertEquals(sampleBefore, d.answers().answersByCountry(sample));
            assertEquals(sampleRecipientsBefore, d.rounds().recipients(sample));
        }
    }

    /**
     * A form as LibreOffice saves it (found by saving one through LibreOffice 7): the identity sheet
     * merely hidden, true/false cells as TRUE()/FALSE() formulas, dates with an escaped format; and
     * what a focal point types in an Arabic form: Arabic labels, Arabic-Indic digits, numbers as text.
     */
    @Test
    void aFormSavedByLibreOfficeIsImported(@TempDir Path folder) throws IOException {
        try (Desk d = TestDesks.withSampleData(folder)) {
            Round r = d.rounds().findRound(ROUND).orElseThrow();
            Path file = SampleForms.write(d, r.id(), "EGY", folder.resolve("egy-ar.xlsx"));
            String transit = version.questions().stream().filter(q -> q.code().equals("q_bg_10")).findFirst()
                    .orElseThrow().choices().stream().filter(c -> c.code().equals("transit")).findFirst()
                    .orElseThrow().label().in(Lang.AR);
            try (FormFiller f = FormFiller.open(file)) {
                f.fillAll(version, Lang.AR);
                XSSFWorkbook wb = f.workbook();
                wb.setSheetVisibility(wb.getSheetIndex(FormIdentitySheet.NAME), SheetVisibility.HIDDEN);
                SampleForms.libreOfficeBoolean(SampleForms.cell(f, "q_bg_03"), true);
                SampleForms.libreOfficeBoolean(SampleForms.cell(f, "q_detect_06"), false);
                f.set("q_bg_06", "\u0661\u066c\u0662\u0663\u0664"); // ١٬٢٣٤ as text
                f.set("q_bg_07", "12,5");
                f.set("q_bg_08", "30/06/2024");
                f.set("q_bg_10", transit);
                f.set("q_detect_01:sea:y2021", "1 234");
                f.save();
            }
            try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
                assertTrue(wb.isSheetHidden(wb.getSheetIndex(FormIdentitySheet.NAME)));
            }
            FormImportReport report = d.formImport().importFile(file, IMPORT);
            assertEquals(ImportOutcome.IMPORTED, report.outcome(), String.valueOf(report.errors()));
            Map<String, String> values = new LinkedHashMap<>();
            d.answers().answers(r.id(), "EGY").forEach(a -> values.putAll(a.values()));
            assertEquals("yes", values.get("q_bg_03"));
            assertEquals("no", values.get("q_detect_06"));
            assertEquals("1234", values.get("q_bg_06"));
            assertEquals("12.5", values.get("q_bg_07"));
            assertEquals("2024-06-30", values.get("q_bg_08"));
            assertEquals("transit", values.get("q_bg_10"));
            assertEquals("1234", values.get("q_detect_01:sea:y2021"));
        }
    }
}
