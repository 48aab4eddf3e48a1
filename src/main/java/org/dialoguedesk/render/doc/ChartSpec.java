package org.dialoguedesk.render.doc;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A bar or line chart: its title and unit, the categories along the bottom (years, countries) and one
 * series of values per indicator; a missing value is {@code null} and leaves a gap.
 */
public record ChartSpec(Kind kind, String title, String unit, List<String> categories, List<Series> series) {

    public enum Kind {
        BAR, LINE
    }

    public record Series(String name, List<Double> values) {
        public Series {
            name = name == null ? "" : name;
            values = Collections.unmodifiableList(new ArrayList<>(values));
        }
    }

    public ChartSpec {
        Objects.requireNonNull(kind, "kind");
        title = title == null ? "" : title;
        unit = unit == null ? "" : unit;
        categories = List.copyOf(categories);
        series = List.copyOf(series);
    }

    /** The largest value drawn, 0 when there is none. */
    public double max() {
        return series.stream().flatMap(s -> s.values().stream()).filter(Objects::nonNull)
                .mapToDouble(Double::doubleValue).max().orElse(0);
    }
}
