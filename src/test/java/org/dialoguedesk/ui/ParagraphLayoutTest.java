package org.dialoguedesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.Bounds;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A paragraph wraps long Arabic within its width, where a label draws it as one clipped line. */
@ExtendWith(ApplicationExtension.class)
class ParagraphLayoutTest {

    private static final String ARABIC = "يستند الحوار القاري بين الاتحاد الأفريقي والاتحاد الأوروبي حول الهجرة والتنقل"
            + " إلى الشراكة الاستراتيجية بين الاتحادين لمعالجة قضايا الهجرة بروح الشراكة والمسؤولية المشتركة،"
            + " مع الاحترام الكامل للقانون الدولي (ICMPD 2015).";
    private static final double MAX_WIDTH = 260;

    private final Paragraph line = new Paragraph("الهجرة");
    private final Paragraph paragraph = new Paragraph(ARABIC);
    private final Paragraph twoLines = new Paragraph("ICMPD\nالمركز الدولي");
    private VBox box;

    @Start
    void start(Stage stage) {
        Theme.install();
        paragraph.setMaxWidth(MAX_WIDTH);
        box = new VBox(8, line, paragraph, twoLines);
        box.setNodeOrientation(NodeOrientation.RIGHT_TO_LEFT);
        box.setFillWidth(false);
        // a scene of its own size: TestFX shares the stage with the other test classes, so do not resize it
        stage.setScene(new Scene(box, 400, 600));
        stage.show();
    }

    @Test
    void longArabicWrapsIntoSeveralLinesWithinItsMaxWidth(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        double oneLine = line.getHeight();
        assertTrue(oneLine > 0);
        assertTrue(paragraph.getWidth() <= MAX_WIDTH, () -> "width " + paragraph.getWidth());
        assertTrue(paragraph.getHeight() > 2 * oneLine,
                () -> "height " + paragraph.getHeight() + " for a line of " + oneLine);
        for (Node word : paragraph.getChildren()) {
            Bounds b = word.getBoundsInParent();
            assertTrue(b.getMinX() >= -0.5 && b.getMaxX() <= paragraph.getWidth() + 0.5,
                    () -> "a word is drawn past the paragraph's edge: " + b);
        }
    }

    @Test
    void aWindowSizedToItsSceneGrowsWithTheLines(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(box.prefHeight(-1) >= line.getHeight() + paragraph.getHeight() + twoLines.getHeight());
        assertEquals(paragraph.prefHeight(-1), paragraph.getHeight(), 0.5);
    }

    @Test
    void aNewlineStartsASecondLine(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(twoLines.getHeight() > 1.5 * line.getHeight(), () -> "height " + twoLines.getHeight());
        assertEquals("ICMPD\nالمركز الدولي", twoLines.getText());
    }

    @Test
    void changingTheTextRebuildsTheWords(FxRobot robot) {
        robot.interact(() -> line.setText("IOM — المنظمة الدولية للهجرة"));
        assertEquals(Paragraph.pieces("IOM — المنظمة الدولية للهجرة").size(), line.getChildren().size());
        assertTrue(line.getChildren().stream().allMatch(n -> n.getStyleClass().contains("paragraph-text")));
        assertTrue(line.getStyleClass().contains("paragraph"));
    }
}
