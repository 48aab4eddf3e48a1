package org.dialoguedesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.dialoguedesk.common.Lang;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Markdown preview: the nodes it builds, its direction, its links, and text that is not quite Markdown. */
@ExtendWith(ApplicationExtension.class)
class MarkdownViewTest {

    private static final String DOCUMENT = """
            # Arrivals

            Figures from [UNHCR](https://www.unhcr.org/ma) and the **ministry**.

            - Reception
              - Rabat centre
            - Asylum

            | Year | Arrivals |
            |------|---------:|
            | 2023 | 16 050 |
            """;

    private final List<String> opened = new ArrayList<>();
    private MarkdownView view;
    private Stage window;

    @Start
    void start(Stage shared) {
        Theme.install();
        view = new MarkdownView(new I18n(Lang.EN), opened::add);
        ScrollPane scroll = new ScrollPane(view);
        scroll.setFitToWidth(true);
        window = OwnWindow.show(scroll, 600, 500);
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(window::close);
    }

    @Test
    void headingParagraphListTableAndLinkBecomeTheirNodes(FxRobot robot) {
        robot.interact(() -> view.setMarkdown(DOCUMENT));
        List<Node> blocks = view.getChildren();
        assertEquals(4, blocks.size());
        Paragraph heading = assertInstanceOf(Paragraph.class, blocks.get(0));
        assertTrue(heading.getStyleClass().containsAll(List.of("md-heading", "md-h1")));
        assertEquals("Arrivals", heading.getText());

        Paragraph paragraph = assertInstanceOf(Paragraph.class, blocks.get(1));
        assertEquals("Figures from UNHCR and the ministry.", paragraph.getText());
        assertEquals(List.of("ministry"), textsWith(paragraph, "md-strong"));
        assertEquals(List.of("UNHCR"), textsWith(paragraph, "md-link"));

        assertTrue(blocks.get(2).getStyleClass().contains("md-list"));
        assertEquals(2, blocks.get(2).lookupAll(".md-list").size(), "the list and the one nested in it");
        assertEquals(List.of("\u2022", "\u25E6", "\u2022"), blocks.get(2).lookupAll(".md-list-marker").stream()
                .map(n -> ((Label) n).getText()).toList());

        GridPane table = assertInstanceOf(GridPane.class, blocks.get(3));
        assertEquals(2, table.lookupAll(".md-table-header").size());
        assertEquals(2, table.lookupAll(".md-table-cell").size());
        assertEquals("16\u00A0050", cellText(table, 1, 1), "a number's digit groups are kept together");
    }

    @Test
    void orderedListsCountFromTheirFirstNumber(FxRobot robot) {
        robot.interact(() -> view.setMarkdown("3. Detection\n4. Return"));
        assertEquals(List.of("3.", "4."), view.lookupAll(".md-list-marker").stream()
                .map(n -> ((Label) n).getText()).toList());
    }

    @Test
    void rightToLeftMirrorsTheViewItsTablesAndItsLists(FxRobot robot) {
        robot.interact(() -> view.setMarkdown("- بند\n\n| السنة | الوافدون |\n|---|---|\n| 2023 | 16 050 |"));
        assertEquals(NodeOrientation.LEFT_TO_RIGHT, view.getNodeOrientation(), "left to right by default");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(sceneX(cell(0)) < sceneX(cell(1)));

        robot.interact(() -> view.setRightToLeft(true));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(NodeOrientation.RIGHT_TO_LEFT, view.getEffectiveNodeOrientation());
        assertTrue(sceneX(cell(0)) > sceneX(cell(1)), "the first column is on the right");
        Node marker = view.lookup(".md-list-marker");
        Node body = view.lookup(".md-list-item-body");
        assertTrue(sceneX(marker) > sceneX(body), "the bullet is on the right of its item");
    }

    @Test
    void clickingAWebLinkHandsItsAddressToTheConsumer(FxRobot robot) {
        robot.interact(() -> view.setMarkdown("See [UNHCR](https://www.unhcr.org/ma) or [the annex](file:///tmp/annex.md)."));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(textNode("UNHCR"));
        assertEquals(List.of("https://www.unhcr.org/ma"), opened);

        robot.clickOn(textNode("annex"));
        assertEquals(List.of("https://www.unhcr.org/ma"), opened, "a file link is shown, not opened");
        assertTrue(textNode("annex").getStyleClass().contains("md-link-inert"));
        assertEquals("file:///tmp/annex.md", ((Tooltip) textNode("annex").getProperties().get(Tooltip.class)).getText(),
                "its address is in the tooltip");
    }

    @Test
    void anImageIsShownAsItsDescriptionAndAddress(FxRobot robot) {
        robot.interact(() -> view.setMarkdown("![Route map](https://example.org/map.png)"));
        Paragraph shown = (Paragraph) view.getChildren().get(0);
        assertEquals("Image: Route map https://example.org/map.png", shown.getText());
    }

    @Test
    void malformedMarkdownRendersWithAllItsText(FxRobot robot) {
        String broken = """
                # Unclosed [link to UNHCR(https://www.unhcr.org
                **bold that never ends and _italic too
                | Year | Arrivals |
                |---|---|
                | 2019 | 1 200 | 900 |
                <div>raw <b>html</b> block
                >>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>> deep
                ```
                fence never closed
                """;
        robot.interact(() -> view.setMarkdown(broken));
        String shown = shownText(view);
        for (String word : List.of("Unclosed", "[link", "UNHCR(https://www.unhcr.org", "**bold", "_italic", "Year",
                "Arrivals", "2019", "1 200", "900", "<div>raw", "<b>html</b>", "deep", "fence", "closed")) {
            assertTrue(shown.contains(word), () -> word + " is missing from the preview: " + shown);
        }
    }

    @Test
    void noTextShowsNothing(FxRobot robot) {
        robot.interact(() -> view.setMarkdown("# Title"));
        robot.interact(() -> view.setMarkdown(null));
        assertTrue(view.getChildren().isEmpty());
    }

    @Test
    void changingTheTextRebuildsOnlyTheBlocksThatChanged(FxRobot robot) {
        robot.interact(() -> view.setMarkdown("# Title\n\nFirst paragraph.\n\nLast paragraph."));
        List<Node> before = List.copyOf(view.getChildren());
        robot.interact(() -> view.setMarkdown("# Title\n\nFirst paragraph, edited.\n\nLast paragraph."));
        List<Node> after = view.getChildren();
        assertSame(before.get(0), after.get(0));
        assertNotSame(before.get(1), after.get(1));
        assertEquals("First paragraph, edited.", ((Paragraph) after.get(1)).getText());
        assertSame(before.get(2), after.get(2));

        robot.interact(() -> view.setMarkdown("Last paragraph."));
        assertEquals(1, view.getChildren().size());
        assertSame(before.get(2), view.getChildren().get(0));
    }

    @Test
    void aReferenceLinkFollowsItsDefinition(FxRobot robot) {
        robot.interact(() -> view.setMarkdown("See [UNHCR][u].\n\n[u]: https://www.unhcr.org/ma"));
        robot.interact(() -> view.setMarkdown("See [UNHCR][u].\n\n[u]: https://www.unhcr.org/tn"));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(textNode("UNHCR"));
        assertEquals(List.of("https://www.unhcr.org/tn"), opened);
    }

    private Node cell(int column) {
        GridPane table = (GridPane) view.lookup(".md-table");
        return table.getChildren().stream()
                .filter(n -> GridPane.getRowIndex(n) == 0 && GridPane.getColumnIndex(n) == column)
                .findFirst().orElseThrow();
    }

    private static String cellText(GridPane table, int column, int row) {
        Node cell = table.getChildren().stream()
                .filter(n -> GridPane.getRowIndex(n) == row && GridPane.getColumnIndex(n) == column)
                .findFirst().orElseThrow();
        return ((Paragraph) ((Parent) cell).getChildrenUnmodifiable().get(0)).getText();
    }

    private static double sceneX(Node node) {
        return node.localToScene(node.getBoundsInLocal()).getMinX();
    }

    private Text textNode(String text) {
        return view.lookupAll(".paragraph-text").stream().map(Text.class::cast)
                .filter(t -> t.getText().equals(text)).findFirst().orElseThrow();
    }

    private static List<String> textsWith(Paragraph paragraph, String styleClass) {
        return paragraph.getChildren().stream().filter(n -> n.getStyleClass().contains(styleClass))
                .map(n -> ((Text) n).getText()).filter(t -> !t.isBlank()).toList();
    }

    /** Every text and label the view shows, in order, no-break spaces read as spaces. */
    private static String shownText(Parent root) {
        Set<String> kinds = Set.of("paragraph-text");
        return root.lookupAll("*").stream()
                .filter(n -> n instanceof Text t && t.getStyleClass().stream().anyMatch(kinds::contains)
                        || n instanceof Label)
                .map(n -> n instanceof Text t ? t.getText() : ((Label) n).getText())
                .collect(Collectors.joining()).replace('\u00A0', ' ');
    }
}
