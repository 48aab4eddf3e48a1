package org.dialoguedesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.dialoguedesk.common.Lang;
import org.dialoguedesk.questionnaire.QuestionType;
import org.dialoguedesk.questionnaire.Template;
import org.dialoguedesk.questionnaire.TemplateVersion;
import org.dialoguedesk.questionnaire.VersionStatus;
import org.dialoguedesk.questionnaire.ui.OutlinePosition;
import org.dialoguedesk.questionnaire.ui.OutlineRow;
import org.dialoguedesk.ui.Paragraph;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The questionnaire template builder in the assembled window, on the sample template (version 1 frozen by the sample round). */
class TemplateBuilderWindowTest extends SampleDeskWindowTest {

    @Start
    void start(Stage stage) {
        openWindow(stage);
    }

    /** The node is there and neither it nor any of its parents is hidden. */
    private static boolean shown(FxRobot robot, String query) {
        Node node = robot.lookup(query).tryQuery().orElse(null);
        if (node == null) {
            return false;
        }
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static void choose(FxRobot robot, OutlinePosition at) {
        ListView<OutlineRow> outline = find(robot, "#template-outline");
        OutlineRow row = outline.getItems().stream().filter(r -> r.position().equals(at)).findFirst().orElseThrow();
        robot.interact(() -> {
            outline.getSelectionModel().select(row);
            outline.scrollTo(row);
        });
    }

    private TemplateVersion storedLatest() {
        Template t = desk.questionnaireTemplates().findTemplate("imap_irregular_mixed_migration").orElseThrow();
        return desk.questionnaireTemplates().latestVersion(t.meta().id()).orElseThrow();
    }

    @Test
    void aFrozenVersionIsReadOnlyThenANewVersionFromItIsEditedAndSaved(FxRobot robot) {
        robot.clickOn("#nav-questionnaires");
        assertEquals(1, robot.lookup("#template-list").queryListView().getItems().size());
        ListView<TemplateVersion> versions = find(robot, "#version-list");
        assertEquals(VersionStatus.FROZEN, versions.getSelectionModel().getSelectedItem().status());
        assertTrue(shown(robot, "#frozen-banner"));
        assertFalse(shown(robot, "#outline-tools"), "no editing tools on a frozen version");
        assertTrue(robot.lookup("#edit-outline-item").query().isDisabled());
        choose(robot, new OutlinePosition(0, 1));
        robot.doubleClickOn(".template-outline .list-cell:selected");
        assertTrue(robot.lookup("#form-submit").tryQuery().isEmpty(), "double-clicking a frozen question opens nothing");

        robot.clickOn("#new-version");
        assertEquals(2, versions.getItems().size());
        assertEquals(2, versions.getSelectionModel().getSelectedItem().number());
        assertFalse(shown(robot, "#frozen-banner"));
        assertTrue(shown(robot, "#outline-tools"));
        assertTrue(robot.lookup("#version-heading").queryAs(Paragraph.class).getText().startsWith("Version 2 · Draft"));

        choose(robot, new OutlinePosition(0, 1));
        robot.clickOn("#edit-outline-item");
        TextField label = find(robot, "#question-label-en");
        assertEquals("Year of the last reform of the law on foreigners", label.getText());
        robot.interact(() -> label.setText("Year of the latest reform of the law on foreigners"));
        robot.clickOn("#form-submit");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#form-submit").tryQuery().isEmpty(), "the form closed");

        assertEquals("Year of the latest reform of the law on foreigners",
                storedLatest().question("q_bg_02").orElseThrow().label().en());
        assertEquals("Year of the last reform of the law on foreigners", desk.questionnaireTemplates()
                .version(versions.getItems().get(0).meta().id()).orElseThrow().question("q_bg_02").orElseThrow()
                .label().en(), "version 1 is unchanged");
        ListView<OutlineRow> outline = find(robot, "#template-outline");
        assertEquals("1.2 Year of the latest reform of the law on foreigners",
                outline.getSelectionModel().getSelectedItem().text());
        assertEquals("Draft version 2 saved.", robot.lookup("#templates-notice").queryAs(Paragraph.class).getText());
        assertTrue(robot.lookup("#template-preview .paragraph").queryAllAs(Paragraph.class).stream()
                .anyMatch(p -> p.getText().equals("1.2 Year of the latest reform of the law on foreigners")),
                "the preview shows the saved label");

        robot.interact(() -> versions.getSelectionModel().select(0));
        assertTrue(shown(robot, "#frozen-banner"), "back on version 1: read only again");
        assertTrue(robot.lookup("#add-question").query().isDisabled());
    }

    @Test
    void aBadCodeIsShownUnderItsFieldAndTheTypeShowsItsEditors(FxRobot robot) {
        robot.clickOn("#nav-questionnaires");
        robot.clickOn("#new-version");
        choose(robot, new OutlinePosition(0, 1));
        robot.clickOn("#edit-outline-item");
        TextField code = find(robot, "#question-code");
        robot.interact(() -> code.setText("Year Of Reform"));
        robot.clickOn("#form-submit");
        Paragraph error = find(robot, "#question-code-error");
        assertTrue(error.isVisible());
        assertTrue(error.getText().startsWith("\u201CYear Of Reform\u201D is not a valid code"), error.getText());
        assertFalse(shown(robot, "#question-choices"));

        ComboBox<QuestionType> type = find(robot, "#question-type");
        robot.interact(() -> {
            code.setText("q_bg_02");
            type.setValue(QuestionType.SINGLE_CHOICE);
        });
        assertTrue(shown(robot, "#question-choices"));
        assertFalse(shown(robot, "#question-rows"));
        // below the fold of the scrolling form: fired, as a click would
        robot.interact(() -> ((Button) find(robot, "#question-choices-add")).fire());
        robot.interact(() -> {
            ((TextField) find(robot, "#question-choices-0-code")).setText("before_2000");
            ((TextField) find(robot, "#question-choices-0-en")).setText("Before 2000");
            ((TextField) find(robot, "#question-choices-0-ar")).setText("قبل عام 2000");
        });
        assertEquals(NodeOrientation.RIGHT_TO_LEFT,
                robot.lookup("#question-choices-0-ar").query().getNodeOrientation());
        robot.clickOn("#form-submit");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#form-submit").tryQuery().isEmpty(), "the form closed");
        assertEquals("قبل عام 2000", storedLatest().question("q_bg_02").orElseThrow().choices().get(0).label().ar());
    }

    @Test
    void theArabicPreviewRunsRightToLeftInAnEnglishOrArabicWindow(FxRobot robot) {
        robot.clickOn("#nav-questionnaires");
        assertEquals(NodeOrientation.LEFT_TO_RIGHT, robot.lookup("#template-preview").query().getNodeOrientation());
        robot.clickOn("#preview-ar");
        Node page = robot.lookup("#template-preview").query();
        assertEquals(NodeOrientation.RIGHT_TO_LEFT, page.getNodeOrientation());
        assertTrue(robot.lookup("#template-preview .paragraph").queryAllAs(Paragraph.class).stream()
                .anyMatch(p -> p.getText().equals("1. خلفية عامة")), "section titles in Arabic");
        assertTrue(robot.lookup("#template-preview .paragraph").queryAllAs(Paragraph.class).stream()
                .anyMatch(p -> p.getText().equals("الوحدة: %")) || robot.lookup("#template-preview .paragraph")
                .queryAllAs(Paragraph.class).stream().anyMatch(p -> p.getText().startsWith("الوحدة: ")),
                "the form's own words in Arabic too");

        robot.interact(() -> window.build(Lang.AR));
        assertEquals("الاستبيانات", robot.lookup("#nav-questionnaires").queryAs(javafx.scene.control.ToggleButton.class)
                .getText());
        robot.clickOn("#nav-questionnaires");
        assertEquals(NodeOrientation.RIGHT_TO_LEFT, robot.lookup("#template-preview").query().getNodeOrientation());
        robot.clickOn("#preview-en");
        assertEquals(NodeOrientation.LEFT_TO_RIGHT, robot.lookup("#template-preview").query().getNodeOrientation());
    }
}
