package org.dialoguedesk.meeting;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dialoguedesk.common.DeskException;
import org.dialoguedesk.common.Lang;
import org.dialoguedesk.common.table.CsvTables;
import org.dialoguedesk.common.table.Table;

/**
 * The long official names a news item gives co-chairing states ("the Kingdom of Spain", "le Royaume
 * d'Espagne"), with their article, from {@code reference/formal-country-names.csv}. Only the states that
 * usually co-chair are listed: any other is named by its short name, which the officer may edit in the
 * draft.
 */
public final class FormalCountryNames {

    public static final String RESOURCE = "/reference/formal-country-names.csv";

    private final Map<String, Map<Lang, String>> names;

    private FormalCountryNames(Map<String, Map<Lang, String>> names) {
        this.names = names;
    }

    /** The list shipped inside the application. */
    public static FormalCountryNames bundled() {
        try (InputStream in = FormalCountryNames.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new DeskException("The application is missing its list of formal country names " + RESOURCE);
            }
            return parse(CsvTables.read(in, "formal-country-names.csv"));
        } catch (IOException e) {
            throw new DeskException("Cannot read the list of formal country names: " + e.getMessage(), e);
        }
    }

    static FormalCountryNames parse(Table table) {
        int code = table.header().indexOf("alpha3");
        int en = table.header().indexOf("name_en");
        int fr = table.header().indexOf("name_fr");
        Map<String, Map<Lang, String>> names = new HashMap<>();
        for (List<String> row : table.rows()) {
            names.put(Table.cell(row, code), Map.of(Lang.EN, Table.cell(row, en), Lang.FR, Table.cell(row, fr)));
        }
        return new FormalCountryNames(names);
    }

    /** The formal name in this language, with its article, when listed. */
    public Optional<String> name(String alpha3, Lang lang) {
        return Optional.ofNullable(names.get(alpha3)).map(m -> m.get(lang)).filter(s -> !s.isBlank());
    }
}
