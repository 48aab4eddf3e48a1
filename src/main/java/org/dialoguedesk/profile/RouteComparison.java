package org.dialoguedesk.profile;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.dialoguedesk.common.Localized;

/**
 * A route's countries side by side: one column per route country in route order, with the country
 * profile its figures come from (if it has one), and one row per indicator any of them has. A cell
 * holds the figure shown (the latest year, or the chosen {@code year}) with its source, so every
 * number can be cited; a country without a profile or without that figure says so. {@code years}
 * are those any of the countries has a figure for, newest first: what a comparison can be made of.
 */
public record RouteComparison(Profile route, Integer year, List<Column> columns, List<Row> rows,
                              List<Integer> years) {

    public RouteComparison {
        Objects.requireNonNull(route, "route");
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        years = List.copyOf(years);
    }

    /** A route country, named in the three languages, and the country profile read for it. */
    public record Column(String countryCode, Localized countryName, Optional<Profile> profile) {
    }

    /** An indicator: its code, its label and unit as the first country having it gives them, a cell per column. */
    public record Row(String code, Localized label, String unit, List<Cell> cells) {

        public Row {
            cells = List.copyOf(cells);
        }
    }

    /** Why a cell has a figure or not: never a silent blank. */
    public enum State {
        FIGURE, NO_FIGURE, NO_PROFILE
    }

    /** One country's figure for one indicator, with the indicator it was read from (value, year, source). */
    public record Cell(String countryCode, State state, Optional<Indicator> figure) {

        public static Cell of(String countryCode, Indicator figure) {
            return new Cell(countryCode, State.FIGURE, Optional.of(figure));
        }

        public static Cell missing(String countryCode, State state) {
            return new Cell(countryCode, state, Optional.empty());
        }
    }

    /** How many route countries have a country profile. */
    public long countriesWithProfile() {
        return columns.stream().filter(c -> c.profile().isPresent()).count();
    }

    public boolean latestYear() {
        return year == null;
    }
}
