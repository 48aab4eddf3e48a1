package org.dialoguedesk.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.scene.text.TextAlignment;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.node.Node;

/**
 * A GitHub table as a grid of wrapping paragraphs with a header row. The grid mirrors with the
 * view, so an Arabic table starts on the right; column alignment is read as start and end (":--"
 * is the reading side). Rows shorter than the widest get empty cells, so the borders meet.
 *
 * <p>Borders are drawn by a box around each cell's paragraph, not by the paragraph: a text flow is
 * not mirrored with its parent (it orders its text itself), so its left border would stay on the
 * left in an Arabic table.
 */
final class MarkdownTable {

    private MarkdownTable() {
    }

    static GridPane of(Node table, MarkdownInlines inlines) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("md-table");
        List<Node> rows = new ArrayList<>();
        for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
            for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
                rows.add(row);
            }
        }
        int columns = 0;
        for (Node row : rows) {
            columns = Math.max(columns, cellCount(row));
        }
        for (int r = 0; r < rows.size(); r++) {
            Node row = rows.get(r);
            boolean header = row.getParent() instanceof TableHead;
            Node cell = row.getFirstChild();
            for (int c = 0; c < columns; c++) {
                Paragraph shown = new Paragraph();
                shown.getStyleClass().add("md-table-text");
                StackPane box = new StackPane(shown);
                box.getStyleClass().add(header ? "md-table-header" : "md-table-cell");
                if (r == 0) {
                    box.getStyleClass().add("md-table-first-row");
                }
                if (c == 0) {
                    box.getStyleClass().add("md-table-first-column");
                }
                if (cell != null) {
                    shown.setRuns(inlines.runs(cell));
                    if (cell instanceof TableCell tableCell) {
                        shown.setTextAlignment(alignment(tableCell.getAlignment()));
                    }
                    cell = cell.getNext();
                }
                grid.add(box, c, r);
            }
        }
        return grid;
    }

    private static int cellCount(Node row) {
        int count = 0;
        for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
            count++;
        }
        return count;
    }

    private static TextAlignment alignment(TableCell.Alignment alignment) {
        if (alignment == null) {
            return TextAlignment.LEFT;
        }
        return switch (alignment) {
            case CENTER -> TextAlignment.CENTER;
            case RIGHT -> TextAlignment.RIGHT;
            case LEFT -> TextAlignment.LEFT;
        };
    }
}
