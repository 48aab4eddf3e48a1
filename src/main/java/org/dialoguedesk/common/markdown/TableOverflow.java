package org.dialoguedesk.common.markdown;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;

/**
 * GitHub's table rules drop the cells of a row beyond the header's columns: "| 2019 | 1 200 | 900 |"
 * under a two-column header would lose "900" from the preview without a word. Officers paste such
 * rows from spreadsheets, so they are put back here, as plain-text cells at the end of their row.
 */
final class TableOverflow {

    private TableOverflow() {
    }

    static void keepExtraCells(Node node, String source) {
        if (node instanceof TableRow row) {
            keepExtraCells(row, source);
            return;
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            keepExtraCells(child, source);
        }
    }

    private static void keepExtraCells(TableRow row, String source) {
        List<SourceSpan> spans = row.getSourceSpans();
        if (spans.size() != 1) {
            return;
        }
        SourceSpan span = spans.get(0);
        int from = span.getInputIndex();
        int to = from + span.getLength();
        if (from < 0 || to > source.length()) {
            return;
        }
        int kept = 0;
        for (Node child = row.getFirstChild(); child != null; child = child.getNext()) {
            kept++;
        }
        List<String> cells = cells(source.substring(from, to));
        for (int i = kept; i < cells.size(); i++) {
            TableCell cell = new TableCell();
            cell.appendChild(new Text(cells.get(i)));
            row.appendChild(cell);
        }
    }

    /** The cells of a row as GitHub splits them: at each pipe not escaped by a backslash, outer pipes dropped. */
    static List<String> cells(String row) {
        String line = row.strip();
        if (line.startsWith("|")) {
            line = line.substring(1);
        }
        if (line.endsWith("|") && !line.endsWith("\\|")) {
            line = line.substring(0, line.length() - 1);
        }
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length() && line.charAt(i + 1) == '|') {
                cell.append('|');
                i++;
            } else if (c == '|') {
                cells.add(cell.toString().strip());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString().strip());
        return cells;
    }
}
