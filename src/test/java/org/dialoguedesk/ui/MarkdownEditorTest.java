package org.dialoguedesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.geometry.NodeOrientation;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.dialoguedesk.common.Lang;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Source and preview side by side: the text stays the source's, the preview follows, both turn right to left. */
@ExtendWith(ApplicationExtension.class)
class MarkdownEditorTest {

    private MarkdownEditor editor;
    private Stage window;

    @Start
    void start(Stage shared) {
        Theme.install();
        editor = new MarkdownEditor(new I18n(Lang.EN), url -> { });
        window = OwnWindow.show(editor, 800, 500);
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(window::close);
    }

    @Test
    void typingRendersThePreviewOnceTypingPauses(FxRobot robot) throws TimeoutException {
        robot.clickOn("#markdown-source").write("# Arrivals");
        assertEquals("# Arrivals", editor.getText());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> editor.preview().lookup(".md-h1") != null);
        assertEquals("Arrivals", ((Paragraph) editor.preview().lookup(".md-h1")).getText());
    }

    @Test
    void thePreviewWaitsForTypingToPause(FxRobot robot) {
        robot.interact(() -> {
            editor.setText("# One");
            editor.renderNow();
            editor.setText("# Two");
            // not yet: the pause has only just started
            assertEquals("One", ((Paragraph) editor.preview().lookup(".md-h1")).getText());
        });
    }

    @Test
    void theTextIsTheSourceAreasBothWays(FxRobot robot) {
        TextArea source = robot.lookup("#markdown-source").queryAs(TextArea.class);
        robot.interact(() -> editor.setText("| broken | table\n**never closed"));
        assertEquals("| broken | table\n**never closed", source.getText());
        robot.interact(() -> source.setText("- typed"));
        assertEquals("- typed", editor.getText());
        robot.interact(editor::renderNow);
        assertEquals("- typed", editor.getText(), "rendering never changes the text");
    }

    @Test
    void theToggleTurnsSourceAndPreviewRightToLeft(FxRobot robot) {
        TextArea source = robot.lookup("#markdown-source").queryAs(TextArea.class);
        assertEquals(NodeOrientation.LEFT_TO_RIGHT, source.getNodeOrientation());
        robot.clickOn("#markdown-rtl");
        assertTrue(editor.isRightToLeft());
        assertEquals(NodeOrientation.RIGHT_TO_LEFT, source.getNodeOrientation());
        assertTrue(editor.preview().isRightToLeft());
        robot.interact(() -> editor.setRightToLeft(false));
        assertEquals(NodeOrientation.LEFT_TO_RIGHT, source.getNodeOrientation());
        assertEquals(NodeOrientation.LEFT_TO_RIGHT, editor.preview().getNodeOrientation());
    }
}
