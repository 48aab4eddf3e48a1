package org.dialoguedesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.dialoguedesk.common.table.Table;
import org.dialoguedesk.questionnaire.FormSpec;
import org.dialoguedesk.questionnaire.RecipientStatus;
import org.dialoguedesk.questionnaire.Round;
import org.dialoguedesk.questionnaire.ui.AnswerRow;
import org.dialoguedesk.questionnaire.ui.RoundRecipientRow;
import org.dialoguedesk.render.form.FormFiller;
import org.dialoguedesk.render.form.QuestionnaireWorkbookWriter;
import org.dialoguedesk.render.sheet.XlsxTables;
import org.dialoguedesk.ui.Paragraph;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The answers part of a round in the assembled window: returned forms imported (one with a wrong
 * cell, reported and left out), the imported country reviewed and accepted, the answers exported.
 */
class RoundAnswersWindowTest extends SampleDeskWindowTest {

    @Start
    void start(Stage stage) {
        openWindow(stage);
    }

    private static final String ROUND = "MTM country profiles 2025";


    private Path returned(String country, String wrongKey) throws Exception {
        Round round = desk.rounds().findRound(ROUND).orElseThrow();
        FormSpec spec = desk.forms().formsFor(round.id(), List.of(country)).get(0);
        Path file = dir.resolve(spec.fileName());
        new QuestionnaireWorkbookWriter().write(spec, file);
        try (FormFiller f = FormFiller.open(file)) {
            f.fillAll(desk.answers().version(round.id()), spec.lang());
            if (wrongKey != null) {
                f.set(wrongKey, "about 1200");
            }
            f.save();
        }
        return file;
    }

    private RecipientStatus status(String country) {
        Round round = desk.rounds().findRound(ROUND).orElseThrow();
        return desk.rounds().recipient(round.id(), country).orElseThrow().status();
    }

    @Test
    @SuppressWarnings("unchecked")
    void returnedFormsAreImportedReviewedAndExported(FxRobot robot) throws Exception {
        Path senegal = returned("SEN", null);
        Path nigeria = returned("NGA", "q_detect_01:sea:y2021");
        robot.clickOn("#nav-rounds");
        files.openMany = List.of(senegal, nigeria);
        robot.interact(() -> robot.lookup("#import-forms").queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();
        VBox reports = robot.lookup("#form-import-reports").queryAs(VBox.class);
        String shown = robot.from(reports).lookup(".paragraph").queryAllAs(Paragraph.class).stream()
                .map(Paragraph::getText).reduce("", (a, b) -> a + "\n" + b);
        assertTrue(shown.contains("SEN \u2014 " + senegal.getFileName() + ": would import 52 of 52"), shown);
        assertTrue(shown.contains("\u201Cabout 1200\u201D is not a number"), shown);
        assertEquals(RecipientStatus.REMINDED, status("SEN"), "checking changes nothing");
        robot.clickOn("#form-submit");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(RecipientStatus.UNDER_REVIEW, status("SEN"));
        assertEquals(RecipientStatus.SENT, status("NGA"));
        assertEquals("1 of 2 files imported.", robot.lookup("#rounds-notice").queryAs(Paragraph.class).getText());

        TableView<RoundRecipientRow> recipients = robot.lookup("#round-recipients").queryAs(TableView.class);
        robot.interact(() -> recipients.getSelectionModel().select(recipients.getItems().stream()
                .filter(r -> r.countryCode().equals("SEN")).findFirst().orElseThrow()));
        robot.interact(() -> robot.lookup("#round-tabs").queryAs(TabPane.class).getSelectionModel().select(1));
        WaitForAsyncUtils.waitForFxEvents();
        TableView<AnswerRow> answers = robot.lookup("#review-answers").queryAs(TableView.class);
        assertEquals(52, answers.getItems().size());
        robot.clickOn("#review-accept-pending");
        robot.clickOn("#review-accept-country");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(RecipientStatus.ACCEPTED, status("SEN"));

        files.save = dir.resolve("answers.xlsx");
        robot.interact(() -> robot.lookup("#round-tabs").queryAs(TabPane.class).getSelectionModel().select(0));
        // fired rather than clicked: the stage is shared with earlier test classes and may be narrower
        robot.interact(() -> robot.lookup("#export-answers").queryButton().fire());
        robot.clickOn("#form-submit");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(Files.exists(files.save));
        Table table = XlsxTables.read(files.save);
        assertTrue(table.rows().stream().anyMatch(r -> r.get(0).equals("SEN") && r.get(2).equals("Accepted")),
                table.rows().toString());
    }

    @Test
    void aSecondFormOfTheSameCountryIsOnlyStoredWhenTheOfficerTicksReplace(FxRobot robot) throws Exception {
        Path senegal = returned("SEN", null);
        Round round = desk.rounds().findRound(ROUND).orElseThrow();
        desk.formImport().importFiles(List.of(senegal), new org.dialoguedesk.questionnaire.FormImport.Options(false,
                false));
        try (FormFiller f = FormFiller.open(senegal)) {
            f.set("q_detect_01:sea:y2021", 4321).save();
        }
        robot.clickOn("#nav-rounds");
        files.openMany = List.of(senegal);
        robot.interact(() -> robot.lookup("#import-forms").queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();
        CheckBox replace = robot.lookup("#form-import-replace").queryAs(CheckBox.class);
        assertTrue(replace.isVisible());
        assertTrue(robot.lookup("#form-submit").query().isDisabled(), "nothing to import until replace is ticked");
        robot.clickOn("#form-import-replace");
        robot.clickOn("#form-submit");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("4321", desk.answers().answers(round.id(), "SEN").stream()
                .filter(a -> a.questionCode().equals("q_detect_01")).findFirst().orElseThrow().values()
                .get("q_detect_01:sea:y2021"));
    }
}
