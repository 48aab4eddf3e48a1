package org.dialoguedesk.roster;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.dialoguedesk.common.Localized;
import org.dialoguedesk.common.table.Table;
import org.dialoguedesk.common.table.TableFormatException;

/**
 * The application's list of countries (all UN member and observer states, plus Kosovo), read from
 * the {@code reference/countries.csv} shipped inside the application and refreshed at every start.
 */
public final class CountryCatalog {

    public static final String RESOURCE = "/reference/countries.csv";
    private static final List<String> COLUMNS = List.of("alpha3", "alpha2", "region", "name_en", "name_fr", "name_ar");

    private CountryCatalog() {
    }

    public static List<Country> parse(Table table) {
        Map<String, Integer> index = IntStream.range(0, table.header().size()).boxed()
                .collect(Collectors.toMap(table.header()::get, i -> i, (a, b) -> a));
        for (String column : COLUMNS) {
            if (!index.containsKey(column)) {
                throw new TableFormatException("countries.csv lacks the column " + column);
            }
        }
        List<Country> countries = new ArrayList<>();
        for (List<String> row : table.rows()) {
            countries.add(new Country(Table.cell(row, index.get("alpha3")), Table.cell(row, index.get("alpha2")),
                    Region.valueOf(Table.cell(row, index.get("region"))),
                    new Localized(Table.cell(row, index.get("name_en")), Table.cell(row, index.get("name_fr")),
                            Table.cell(row, index.get("name_ar")))));
        }
        return countries;
    }
}
