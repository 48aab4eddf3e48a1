package org.dialoguedesk.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dialoguedesk.common.DeskException;
import org.dialoguedesk.common.Lang;
import org.dialoguedesk.common.Messages;
import org.dialoguedesk.profile.ComparisonTable;
import org.dialoguedesk.profile.Indicator;
import org.dialoguedesk.profile.Profile;
import org.dialoguedesk.profile.RouteComparison;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code profile compare}: a route's countries side by side on their country profiles' figures, the
 * latest year of each (or {@code --year}). {@code text} prints the Markdown table the desktop inserts
 * into a section; {@code csv} one line per indicator and a column per country; {@code json} every cell
 * with its value, year and source.
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Compare a route's countries on the figures of their country profiles.")
final class ProfileCompareCommand implements Callable<Integer> {

    enum Format { text, csv, json }

    @Spec
    CommandSpec spec;

    @Option(names = "--profile", required = true, paramLabel = "ID_OR_KEY", description = "The route profile's id, key or title")
    String profileName;

    @Option(names = "--lang", defaultValue = "en", paramLabel = "en|fr|ar",
            description = "Language of labels and country names (default: en)")
    String langCode;

    @Option(names = "--year", paramLabel = "YEAR", description = "Figures of this year instead of each country's latest")
    Integer year;

    @Option(names = "--format", defaultValue = "text", description = "text, csv or json (default: text)")
    Format format;

    @Override
    public Integer call() throws IOException {
        Main main = (Main) spec.root().userObject();
        Lang lang = Lang.fromCode(langCode).orElseThrow(() -> new DeskException(Messages.english().get(
                "profile.cli.compare.lang", langCode)));
        try (Desk desk = main.openDesk()) {
            Messages messages = CommandMessages.of(desk);
            Profile profile = CommandNames.profile(desk, profileName);
            RouteComparison comparison = desk.routeComparisons().compare(profile.id(), year);
            ComparisonTable table = new ComparisonTable(lang);
            PrintWriter out = spec.commandLine().getOut();
            switch (format) {
                case text -> {
                    out.println(messages.get("profile.cli.compare.heading", profile.title().in(lang),
                            comparison.countriesWithProfile(), comparison.columns().size()));
                    out.println();
                    out.print(table.markdown(comparison));
                }
                case csv -> out.print(CommandOutput.csv(header(comparison), rows(comparison, table)));
                case json -> out.print(json(comparison, table, lang));
            }
            out.flush();
        }
        return Main.OK;
    }

    private static List<String> header(RouteComparison comparison) {
        List<String> header = new ArrayList<>(List.of("code", "indicator", "unit"));
        comparison.columns().forEach(c -> header.add(c.countryCode()));
        return header;
    }

    private static List<Map<String, String>> rows(RouteComparison comparison, ComparisonTable table) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (RouteComparison.Row r : comparison.rows()) {
            Map<String, String> row = new LinkedHashMap<>();
            row.put("code", r.code());
            row.put("indicator", r.label().in(table.lang()));
            row.put("unit", table.unit(r.unit()));
            r.cells().forEach(c -> row.put(c.countryCode(), table.cell(r, c)));
            rows.add(row);
        }
        return rows;
    }

    private static String json(RouteComparison comparison, ComparisonTable table, Lang lang) throws IOException {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("route", comparison.route().key());
        root.put("lang", lang.code());
        if (comparison.year() == null) {
            root.putNull("year");
        } else {
            root.put("year", comparison.year());
        }
        ArrayNode countries = root.putArray("countries");
        for (RouteComparison.Column c : comparison.columns()) {
            ObjectNode n = countries.addObject();
            n.put("code", c.countryCode());
            n.put("name", table.countryName(c));
            n.put("profile", c.profile().map(Profile::key).orElse(null));
        }
        ArrayNode indicators = root.putArray("indicators");
        for (RouteComparison.Row r : comparison.rows()) {
            ObjectNode n = indicators.addObject();
            n.put("code", r.code());
            n.put("label", r.label().in(lang));
            n.put("unit", r.unit());
            ArrayNode cells = n.putArray("cells");
            for (RouteComparison.Cell c : r.cells()) {
                ObjectNode cell = cells.addObject();
                cell.put("country", c.countryCode());
                cell.put("state", c.state().name());
                cell.put("text", table.cell(r, c));
                if (c.figure().isPresent()) {
                    Indicator i = c.figure().get();
                    cell.put("value", i.value());
                    cell.put("year", i.year());
                    cell.put("unit", i.unit());
                    cell.put("source", i.source());
                    cell.put("source_url", i.sourceUrl());
                    cell.put("note", i.note());
                }
            }
        }
        return mapper.writeValueAsString(root) + "\n";
    }
}
