package org.dialoguedesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import javafx.css.PseudoClass;
import javafx.geometry.NodeOrientation;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.dialoguedesk.common.Lang;
import org.dialoguedesk.questionnaire.RecipientStatus;
import org.dialoguedesk.questionnaire.StatusChange;
import org.dialoguedesk.questionnaire.ui.RoundRecipientRow;
import org.dialoguedesk.ui.Paragraph;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The rounds screen in the assembled window, on the sample MTM round (today is long past its deadline). */
class RoundsWindowTest extends SampleDeskWindowTest {

    @Start
    void start(Stage stage) {
        openWindow(stage);
    }

    @SuppressWarnings("unchecked")
    private static TableView<RoundRecipientRow> recipients(FxRobot robot) {
        return robot.lookup("#round-recipients").queryAs(TableView.class);
    }

    private static RoundRecipientRow row(FxRobot robot, String country) {
        return recipients(robot).getItems().stream().filter(r -> r.countryCode().equals(country)).findFirst()
                .orElseThrow();
    }

    /** The table row that shows the country, scrolled into view. */
    @SuppressWarnings("unchecked")
    private static TableRow<RoundRecipientRow> shownRow(FxRobot robot, String country) {
        TableView<RoundRecipientRow> table = recipients(robot);
        robot.interact(() -> table.scrollTo(row(robot, country)));
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#round-recipients .table-row-cell").queryAllAs(TableRow.class).stream()
                .filter(r -> r.getItem() != null && ((RoundRecipientRow) r.getItem()).countryCode().equals(country))
                .findFirst().orElseThrow(() -> new AssertionError(country + " is not shown"));
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    @Test
    void theSampleRoundMarksOverdueCountriesInColourAndInWords(FxRobot robot) {
        robot.clickOn("#nav-rounds");
        assertEquals("MTM country profiles 2025", text(robot, "#round-title"));
        int total = recipients(robot).getItems().size();
        assertEquals((total - 6) + " overdue", text(robot, "#overdue-count"));

        TableRow<RoundRecipientRow> egypt = shownRow(robot, "EGY");
        assertTrue(egypt.getPseudoClassStates().contains(PseudoClass.getPseudoClass("overdue")));
        assertTrue(robot.from(egypt).lookup(".overdue-chip").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.isVisible() && l.getText().equals("Overdue")), "the row says it is overdue");

        TableRow<RoundRecipientRow> morocco = shownRow(robot, "MAR");
        assertFalse(morocco.getPseudoClassStates().contains(PseudoClass.getPseudoClass("overdue")));
        assertTrue(robot.from(morocco).lookup(".overdue-chip").queryAllAs(Label.class).stream()
                .noneMatch(Label::isVisible));
    }

    @Test
    void recordingAnAnswerChangesTheCountsOnTheBoard(FxRobot robot) {
        robot.clickOn("#nav-rounds");
        assertEquals("1", text(robot, "#count-answer-complete"));
        assertEquals("2", text(robot, "#count-reminded"));
        TableView<RoundRecipientRow> table = recipients(robot);
        robot.interact(() -> table.getSelectionModel().select(row(robot, "EGY")));
        robot.clickOn("#change-status");
        @SuppressWarnings("unchecked")
        ComboBox<RecipientStatus> next = robot.lookup("#status-next").queryAs(ComboBox.class);
        robot.interact(() -> next.setValue(RecipientStatus.ANSWER_COMPLETE));
        robot.clickOn("#form-submit");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#form-submit").tryQuery().isEmpty(), "the form closed");

        assertEquals("2", text(robot, "#count-answer-complete"));
        assertEquals("1", text(robot, "#count-reminded"));
        assertFalse(shownRow(robot, "EGY").getPseudoClassStates().contains(PseudoClass.getPseudoClass("overdue")));
        assertEquals("History of Egypt", robot.lookup("#history-title").queryAs(Paragraph.class).getText());
        @SuppressWarnings("unchecked")
        TableView<StatusChange> history = robot.lookup("#recipient-history").queryAs(TableView.class);
        assertEquals(RecipientStatus.ANSWER_COMPLETE, history.getItems().get(0).status());
    }

    @Test
    void generateFormsWritesOneWorkbookPerRecipientIntoTheChosenFolder(FxRobot robot) throws IOException {
        robot.clickOn("#nav-rounds");
        files.folder = dir.resolve("forms");
        robot.clickOn("#generate-forms");
        WaitForAsyncUtils.waitForFxEvents();
        int total = recipients(robot).getItems().size();
        try (Stream<Path> written = Files.list(files.folder)) {
            assertEquals(total, written.filter(f -> f.getFileName().toString().endsWith(".xlsx")).count());
        }
        assertEquals(total + " forms written to the folder",
                robot.lookup("#rounds-notice").queryAs(Paragraph.class).getText());
        assertEquals(files.folder.toString(), text(robot, "#rounds-notice-folder"));
    }

    @Test
    void theBoardReadsRightToLeftInArabic(FxRobot robot) {
        robot.interact(() -> window.build(Lang.AR));
        robot.clickOn("#nav-rounds");
        assertEquals(NodeOrientation.RIGHT_TO_LEFT, robot.lookup("#round-chart").query().getEffectiveNodeOrientation());
        assertTrue(text(robot, "#response-rate").endsWith("٪"), text(robot, "#response-rate"));
        assertEquals("متأخر", robot.from(shownRow(robot, "EGY")).lookup(".overdue-chip").queryAs(Label.class)
                .getText());
    }
}
