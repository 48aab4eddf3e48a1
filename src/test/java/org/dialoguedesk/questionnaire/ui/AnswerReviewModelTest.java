package org.dialoguedesk.questionnaire.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.dialoguedesk.TestDesks;
import org.dialoguedesk.app.Desk;
import org.dialoguedesk.common.Lang;
import org.dialoguedesk.questionnaire.FormImportReport;
import org.dialoguedesk.questionnaire.FormSpec;
import org.dialoguedesk.questionnaire.ImportOutcome;
import org.dialoguedesk.questionnaire.RecipientStatus;
import org.dialoguedesk.questionnaire.ReviewState;
import org.dialoguedesk.render.form.FormFiller;
import org.dialoguedesk.render.form.QuestionnaireWorkbookWriter;
import org.dialoguedesk.ui.FakeDialogService;
import org.dialoguedesk.ui.I18n;
import org.dialoguedesk.ui.SameThreadJobRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Importing a returned form in the window, then reviewing and correcting its answers, on the sample round. */
class AnswerReviewModelTest {

    @TempDir
    Path dir;
    Desk desk;
    UUID round;
    FakeDialogService dialogs = new FakeDialogService();
    SameThreadJobRunner jobs = new SameThreadJobRunner(e -> {
        throw new AssertionError(e);
    });
    I18n i18n = new I18n(Lang.EN);
    int boardRefreshes;

    @BeforeEach
    void open() {
        desk = TestDesks.withSampleData(dir);
        round = desk.rounds().findRound("MTM country profiles 2025").orElseThrow().id();
    }

    @AfterEach
    void close() {
        desk.close();
    }

    private Path filledForm(String country, String wrongTableCell) throws Exception {
        FormSpec spec = desk.forms().formsFor(round, List.of(country)).get(0);
        Path file = dir.resolve(spec.fileName());
        new QuestionnaireWorkbookWriter().write(spec, file);
        try (FormFiller f = FormFiller.open(file)) {
            f.fillAll(desk.answers().version(round), spec.lang());
            if (wrongTableCell != null) {
                f.set(wrongTableCell, "n/a");
            }
            f.save();
        }
        return file;
    }

    private RecipientStatus status(String country) {
        return desk.rounds().recipients(round).stream().filter(r -> r.countryCode().equals(country)).findFirst()
                .orElseThrow().status();
    }

    @Test
    void importChecksFirstThenStoresOnlyWhatCanBeStored() throws Exception {
        Path good = filledForm("SEN", null);
        Path bad = filledForm("NGA", "q_ret_01:forced:y2022");
        List<List<FormImportReport>> imported = new ArrayList<>();
        FormImportFormModel form = new FormImportFormModel(desk.formImport(), jobs, i18n, List.of(good, bad),
                imported::add);
        assertFalse(form.checkingProperty().get());
        assertEquals(ImportOutcome.WOULD_IMPORT, form.reports().get(0).outcome());
        assertEquals(ImportOutcome.REFUSED, form.reports().get(1).outcome());
        assertTrue(form.reports().get(1).details().get(0).endsWith("\u201Cn/a\u201D is not a number"),
                form.reports().get(1).details().toString());
        assertEquals(RecipientStatus.REMINDED, status("SEN"), "checking changes nothing");
        assertTrue(form.submittableProperty().get());

        form.submit();
        assertTrue(form.doneProperty().get());
        assertEquals(ImportOutcome.IMPORTED, imported.get(0).get(0).outcome());
        assertEquals(RecipientStatus.UNDER_REVIEW, status("SEN"));
        assertEquals(RecipientStatus.SENT, status("NGA"));

        // the same country again, with a changed figure: the replace choice appears and is needed
        try (FormFiller f = FormFiller.open(good)) {
            f.set("q_ret_01:forced:y2022", 999).save();
        }
        FormImportFormModel again = new FormImportFormModel(desk.formImport(), jobs, i18n, List.of(good),
                imported::add);
        assertTrue(again.confirmableProperty().get());
        assertFalse(again.submittableProperty().get());
        assertTrue(again.reports().get(0).details().stream().anyMatch(d -> d.contains("\u2192 \u201C999\u201D")),
                again.reports().get(0).details().toString());
        again.replaceProperty().set(true);
        assertTrue(again.submittableProperty().get());
        again.submit();
        assertEquals(ImportOutcome.IMPORTED, imported.get(1).get(0).outcome());
    }

    @Test
    void reviewFlagsCorrectsAndAcceptsACountry() throws Exception {
        new FormImportFormModel(desk.formImport(), jobs, i18n, List.of(filledForm("SEN", null)), r -> { }).submit();
        AnswerReviewModel review = new AnswerReviewModel(desk.answers(), jobs, dialogs, i18n, () -> boardRefreshes++);
        review.show(round, "SEN", "Senegal");
        assertEquals(desk.answers().version(round).questions().size(), review.rows().size());
        assertTrue(review.completenessProperty().get().startsWith("52 of 52 questions answered"),
                review.completenessProperty().get());

        AnswerRow table = review.rows().stream().filter(r -> r.code().equals("q_detect_01")).findFirst().orElseThrow();
        review.selectedProperty().set(table);
        review.flag();
        FlagFormModel flag = dialogs.lastForm(FlagFormModel.class);
        flag.submit();
        assertFalse(flag.doneProperty().get());
        assertEquals("Say why the answer is flagged.", flag.errors().of("comment").get());
        flag.commentProperty().set("Air 2021 looks too low");
        flag.submit();
        assertTrue(flag.doneProperty().get());
        assertEquals(ReviewState.FLAGGED, review.selectedProperty().get().review());

        review.acceptCountry();
        assertTrue(dialogs.errors.get(0).contains("1 answers are flagged"), dialogs.errors.toString());

        review.edit();
        AnswerFormModel edit = dialogs.lastForm(AnswerFormModel.class);
        edit.value("q_detect_01:air:y2021").set("twelve");
        edit.submit();
        assertEquals("\u201Ctwelve\u201D is not a number", edit.errors().of("q_detect_01:air:y2021").get());
        edit.value("q_detect_01:air:y2021").set("1 250");
        edit.noteProperty().set("Includes transit passengers");
        edit.submit();
        assertTrue(edit.doneProperty().get());
        AnswerRow corrected = review.selectedProperty().get();
        assertEquals("1250", corrected.answer().values().get("q_detect_01:air:y2021"));
        assertEquals(ReviewState.PENDING, corrected.review(), "a corrected answer is reviewed again");
        assertEquals("Includes transit passengers", corrected.note());

        review.acceptPending();
        review.acceptCountry();
        assertEquals(RecipientStatus.ACCEPTED, status("SEN"));
        assertTrue(boardRefreshes >= 4, "the board is told of every change: " + boardRefreshes);
    }
}
