package org.dialoguedesk.profile;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.dialoguedesk.common.Lang;

/**
 * One chart of a section's figures, worked out without drawing it, so that the screen and the
 * documents draw the same charts: its kind, its unit, its categories (the years, oldest first) and a
 * series per indicator with its label in the chosen language.
 *
 * <p>How figures are grouped ({@link #of}): indicators in their table order; a chart takes the next
 * indicator while it has the same unit (persons and percentages never share an axis), is of a
 * comparable size (its largest value within {@value #MAX_SPREAD} times the chart's, so a series of
 * forty is not drawn flat beside one of fifty thousand) and the chart has fewer than
 * {@value #MAX_SERIES} series (a legend stays readable). A chart is a line chart when one of its
 * indicators has figures for several years, a bar chart otherwise.
 */
public record IndicatorChartPlan(Kind kind, String unit, List<String> categories, List<Series> series) {

    /** Most series in one chart. */
    public static final int MAX_SERIES = 5;
    /** Largest ratio between the largest values of two series in one chart. */
    public static final int MAX_SPREAD = 20;

    public enum Kind { LINE, BAR }

    /** One indicator's figures, in year order. */
    public record Series(String code, String label, List<Point> points) {

        public Series {
            points = List.copyOf(points);
        }

        double largest() {
            return points.stream().mapToDouble(p -> Math.abs(p.value())).max().orElse(0);
        }
    }

    /** A figure: its category (the year, as text) and its value. */
    public record Point(String category, double value) {
    }

    public IndicatorChartPlan {
        categories = List.copyOf(categories);
        series = List.copyOf(series);
    }

    /** The charts of these figures (of one section), labels in {@code lang}; none when there are no figures. */
    public static List<IndicatorChartPlan> of(List<Indicator> indicators, Lang lang) {
        Map<String, List<Indicator>> byCode = new LinkedHashMap<>();
        for (Indicator i : indicators) {
            if (IndicatorRules.isNumber(i.value())) {
                byCode.computeIfAbsent(i.code(), c -> new ArrayList<>()).add(i);
            }
        }
        List<IndicatorChartPlan> charts = new ArrayList<>();
        List<Series> group = new ArrayList<>();
        String groupUnit = null;
        for (List<Indicator> figures : byCode.values()) {
            Series s = series(figures, lang);
            String unit = figures.get(0).unit();
            if (!group.isEmpty() && (!unit.equals(groupUnit) || group.size() >= MAX_SERIES
                    || !comparable(group, s))) {
                charts.add(chart(groupUnit, group));
                group = new ArrayList<>();
            }
            groupUnit = unit;
            group.add(s);
        }
        if (!group.isEmpty()) {
            charts.add(chart(groupUnit, group));
        }
        return charts;
    }

    private static Series series(List<Indicator> figures, Lang lang) {
        Map<Integer, Indicator> byYear = new java.util.TreeMap<>();
        figures.forEach(i -> byYear.put(i.year(), i));
        List<Point> points = byYear.values().stream()
                .map(i -> new Point(String.valueOf(i.year()), new BigDecimal(i.value()).doubleValue())).toList();
        Indicator first = figures.get(0);
        return new Series(first.code(), first.label().in(lang), points);
    }

    /** Whether {@code s} reads well on the group's axis; a series of zeros reads well on any. */
    private static boolean comparable(List<Series> group, Series s) {
        double[] sizes = java.util.stream.Stream.concat(group.stream(), java.util.stream.Stream.of(s))
                .mapToDouble(Series::largest).filter(v -> v > 0).toArray();
        if (sizes.length == 0) {
            return true;
        }
        double top = java.util.Arrays.stream(sizes).max().orElse(0);
        double low = java.util.Arrays.stream(sizes).min().orElse(0);
        return top <= MAX_SPREAD * low;
    }

    private static IndicatorChartPlan chart(String unit, List<Series> group) {
        TreeSet<String> years = new TreeSet<>();
        group.forEach(s -> s.points().forEach(p -> years.add(p.category())));
        boolean overYears = group.stream().anyMatch(s -> s.points().size() > 1);
        return new IndicatorChartPlan(overYears ? Kind.LINE : Kind.BAR, unit, new ArrayList<>(years), group);
    }
}
