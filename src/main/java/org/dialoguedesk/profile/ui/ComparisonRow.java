package org.dialoguedesk.profile.ui;

import java.util.List;
import org.dialoguedesk.profile.RouteComparison;

/**
 * An indicator of the route comparison as the dialog shows it, in the chosen language: its label and
 * unit, a text per route country ("12,400 (2023)", "no profile", "—"), where each figure comes from, and
 * whether the cell has a figure.
 */
public record ComparisonRow(String code, String label, String unit, List<String> cells, List<String> citations,
                            List<RouteComparison.State> states) {

    public ComparisonRow {
        cells = List.copyOf(cells);
        citations = List.copyOf(citations);
        states = List.copyOf(states);
    }
}
