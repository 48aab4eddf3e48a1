package org.dialoguedesk.profile;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.dialoguedesk.common.Lang;
import org.dialoguedesk.common.Messages;

/**
 * A route comparison in words of one language: a cell as "12,400 (2023)", "no profile" or "—", and
 * the whole comparison as a GFM Markdown table with a legend and, per country, the sources its
 * figures come from.
 */
public final class ComparisonTable {

    private final Messages messages;

    public ComparisonTable(Lang lang) {
        this.messages = new Messages(lang);
    }

    public Lang lang() {
        return messages.lang();
    }

    /** "12,400 (2023)"; with the unit when it differs from the row's ("8 weeks (2024)"); or why there is none. */
    public String cell(RouteComparison.Row row, RouteComparison.Cell cell) {
        if (cell.figure().isEmpty()) {
            return messages.get(cell.state() == RouteComparison.State.NO_PROFILE ? "profile.compare.noProfile"
                    : "profile.compare.noFigure");
        }
        Indicator i = cell.figure().get();
        String value = number(i.value(), messages.lang());
        return i.unit().equals(row.unit()) ? messages.get("profile.compare.cell", value, String.valueOf(i.year()))
                : messages.get("profile.compare.cellUnit", value, unit(i.unit()), String.valueOf(i.year()));
    }

    /** Where a cell's figure comes from, for a tooltip or a citation: source, address and note. */
    public String citation(RouteComparison.Cell cell) {
        return cell.figure().map(i -> String.join("\n", List.of(i.source(), i.sourceUrl(), i.note()).stream()
                .filter(s -> !s.isBlank()).toList())).orElse("");
    }

    /** A unit in words of the language when it is one the profiles commonly use ("persons"), else as written. */
    public String unit(String unit) {
        String key = switch (unit) {
            case "persons" -> "profile.compare.unitName.persons";
            case "places" -> "profile.compare.unitName.places";
            case "days" -> "profile.compare.unitName.days";
            case "months" -> "profile.compare.unitName.months";
            case "agreements" -> "profile.compare.unitName.agreements";
            default -> null;
        };
        return key == null ? unit : messages.get(key);
    }

    public String countryName(RouteComparison.Column column) {
        String name = column.countryName().in(messages.lang());
        return name.isEmpty() ? column.countryCode() : name;
    }

    /** The legend under the table: which figures these are and what the empty cells mean. */
    public String legend(RouteComparison comparison) {
        return comparison.latestYear() ? messages.get("profile.compare.legend.latest")
                : messages.get("profile.compare.legend.year", String.valueOf(comparison.year()));
    }

    /** The comparison as Markdown: the table, its legend, and the sources of each country's figures. */
    public String markdown(RouteComparison comparison) {
        Lang lang = messages.lang();
        StringBuilder b = new StringBuilder("| ").append(escape(messages.get("profile.compare.indicator")))
                .append(" | ").append(escape(messages.get("profile.compare.unit")));
        StringBuilder rule = new StringBuilder("| --- | --- |");
        for (RouteComparison.Column c : comparison.columns()) {
            b.append(" | ").append(escape(countryName(c)));
            rule.append(" ---: |");
        }
        b.append(" |\n").append(rule).append('\n');
        for (RouteComparison.Row r : comparison.rows()) {
            b.append("| ").append(escape(r.label().in(lang))).append(" | ").append(escape(unit(r.unit())));
            for (RouteComparison.Cell c : r.cells()) {
                b.append(" | ").append(escape(cell(r, c)));
            }
            b.append(" |\n");
        }
        b.append("\n*").append(legend(comparison)).append("*\n");
        List<String> sources = new ArrayList<>();
        for (RouteComparison.Column column : comparison.columns()) {
            Set<String> cited = new LinkedHashSet<>();
            for (RouteComparison.Row r : comparison.rows()) {
                r.cells().stream().filter(c -> c.countryCode().equals(column.countryCode()))
                        .flatMap(c -> c.figure().stream()).forEach(i -> cited.add(source(i)));
            }
            cited.remove("");
            if (!cited.isEmpty()) {
                sources.add("- " + messages.get("profile.compare.sourcesOf", countryName(column),
                        String.join("; ", cited)));
            }
        }
        if (!sources.isEmpty()) {
            b.append('\n').append(messages.get("profile.compare.sources")).append("\n\n")
                    .append(String.join("\n", sources)).append('\n');
        }
        return b.toString();
    }

    private static String source(Indicator i) {
        if (i.sourceUrl().isEmpty()) {
            return i.source();
        }
        return "[" + escape(i.source().isEmpty() ? i.sourceUrl() : i.source()).replace("]", "\\]") + "]("
                + i.sourceUrl() + ")";
    }

    /**
     * A plain number grouped as the language writes it: "12,400.5" in English, "12 400,5" in French,
     * "12 400.5" in Arabic (Latin digits, as the profiles' Arabic texts write them); as it is when it is
     * not a number.
     */
    public static String number(String value, Lang lang) {
        BigDecimal n;
        try {
            n = new BigDecimal(value.strip());
        } catch (NumberFormatException e) {
            return value;
        }
        String plain = n.abs().toPlainString();
        int dot = plain.indexOf('.');
        String whole = dot < 0 ? plain : plain.substring(0, dot);
        String fraction = dot < 0 ? "" : plain.substring(dot + 1);
        String group = lang == Lang.EN ? "," : "\u00a0";
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                grouped.append(group);
            }
            grouped.append(whole.charAt(i));
        }
        String sign = n.signum() < 0 ? "-" : "";
        return sign + grouped + (fraction.isEmpty() ? "" : (lang == Lang.FR ? "," : ".") + fraction);
    }

    /** A cell's text without the characters that would break the table. */
    static String escape(String s) {
        return s.replace("|", "\\|").replace("\n", " ");
    }
}
