package org.dialoguedesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
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
    private Stage window;

    @Start
    void start(Stage shared) {
        Theme.install();
        paragraph.setMaxWidth(MAX_WIDTH);
        box = new VBox(8, line, paragraph, twoLines);
        box.setNodeOrientation(NodeOrientation.RIGHT_TO_LEFT);
        box.setFillWidth(false);
        window = OwnWindow.show(box, 400, 600);
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(window::close);
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
    void runsAreCutIntoPiecesThatCarryTheirStyles(FxRobot robot) {
        Paragraph styled = new Paragraph();
        robot.interact(() -> styled.setRuns(List.of(
                new Paragraph.Run("Source: ", List.of()),
                new Paragraph.Run("IOM الهجرة", List.of("md-link"), t -> t.setUserData("decorated")))));
        assertEquals("Source: IOM الهجرة", styled.getText());
        assertEquals(List.of("Source:", " ", "IOM", " ", "الهجرة"),
                styled.getChildren().stream().map(n -> ((Text) n).getText()).toList());
        List<Node> link = styled.getChildren().subList(2, 5);
        assertTrue(link.stream().allMatch(n -> n.getStyleClass().containsAll(List.of("paragraph-text", "md-link"))
                && "decorated".equals(n.getUserData())));
        assertFalse(styled.getChildren().get(0).getStyleClass().contains("md-link"));

        robot.interact(() -> styled.setText("plain"));
        assertEquals(1, styled.getChildren().size());
        assertEquals(List.of("paragraph-text"), styled.getChildren().get(0).getStyleClass());
    }

    @Test
    void changingTheTextRebuildsTheWords(FxRobot robot) {
        robot.interact(() -> line.setText("IOM — المنظمة الدولية للهجرة"));
        assertEquals(Paragraph.pieces("IOM — المنظمة الدولية للهجرة").size(), line.getChildren().size());
        assertTrue(line.getChildren().stream().allMatch(n -> n.getStyleClass().contains("paragraph-text")));
        assertTrue(line.getStyleClass().contains("paragraph"));
    }
}
