package org.dialoguedesk.profile;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.dialoguedesk.common.Lang;
import org.dialoguedesk.common.Localized;
import org.dialoguedesk.common.Problem;
import org.dialoguedesk.common.Transactions;
import org.dialoguedesk.common.ValidationException;

/**
 * Compares a route's countries on their country profiles' indicators ({@link #compare}), and pulls
 * that comparison into a section of the route profile as a generated Markdown table ({@link #plan}
 * says what would change, {@link #apply} does it through {@link ProfileService#saveText}, so a
 * validated section goes back to draft). The drafters' own text around the block is never touched.
 */
public final class RouteComparisons {

    private final ProfileService profiles;
    private final Function<String, Optional<Localized>> countryNames;
    private final Transactions transactions;

    /** @param countryNames a country's name in the three languages by its ISO3 code (the roster's list) */
    public RouteComparisons(ProfileService profiles, Function<String, Optional<Localized>> countryNames,
                            Transactions transactions) {
        this.profiles = profiles;
        this.countryNames = countryNames;
        this.transactions = transactions;
    }

    /**
     * The route's countries in route order, each with its country profile (of the route's dialogue if
     * there is one, else any; the most recently changed of several), and one row per indicator: the
     * latest year's figure of each country, or the figure of {@code year} when one is given.
     */
    public RouteComparison compare(UUID routeId, Integer year) {
        Profile route = profiles.existing(routeId);
        if (route.kind() != ProfileKind.ROUTE) {
            throw new ValidationException(List.of(Problem.of("profile", "profile.compare.problem.notRoute")));
        }
        List<Profile> all = profiles.profiles();
        List<RouteComparison.Column> columns = new ArrayList<>();
        Map<String, List<Indicator>> figures = new LinkedHashMap<>();
        Map<String, RouteComparison.Row> rows = new LinkedHashMap<>();
        for (String code : route.routeCountries()) {
            Optional<Profile> country = countryProfile(route, code, all);
            columns.add(new RouteComparison.Column(code, countryNames.apply(code).orElse(Localized.of(code)), country));
            List<Indicator> indicators = country.map(p -> profiles.indicators(p.id())).orElse(List.of());
            figures.put(code, indicators);
            for (Indicator i : indicators) {
                rows.putIfAbsent(i.code(), new RouteComparison.Row(i.code(), i.label(), i.unit(), List.of()));
            }
        }
        List<RouteComparison.Row> filled = new ArrayList<>();
        for (RouteComparison.Row r : rows.values()) {
            List<RouteComparison.Cell> cells = new ArrayList<>();
            for (RouteComparison.Column c : columns) {
                if (c.profile().isEmpty()) {
                    cells.add(RouteComparison.Cell.missing(c.countryCode(), RouteComparison.State.NO_PROFILE));
                    continue;
                }
                Optional<Indicator> figure = figures.get(c.countryCode()).stream()
                        .filter(i -> i.code().equals(r.code()) && (year == null || i.year() == year))
                        .max(Comparator.comparingInt(Indicator::year));
                cells.add(figure.map(f -> RouteComparison.Cell.of(c.countryCode(), f)).orElseGet(
                        () -> RouteComparison.Cell.missing(c.countryCode(), RouteComparison.State.NO_FIGURE)));
            }
            filled.add(new RouteComparison.Row(r.code(), r.label(), r.unit(), cells));
        }
        List<Integer> years = figures.values().stream().flatMap(List::stream).map(Indicator::year).distinct()
                .sorted(Comparator.reverseOrder()).toList();
        return new RouteComparison(route, year, columns, filled, years);
    }

    /**
     * What pulling the comparison into a section would change: the block in each language the section
     * has text in (only the source language when it has none), labels and words in that language.
     */
    public ComparisonInsert plan(UUID routeId, String sectionCode, Integer year) {
        RouteComparison comparison = compare(routeId, year);
        Profile route = comparison.route();
        profiles.section(routeId, sectionCode);
        List<Lang> langs = Stream.of(Lang.values()).filter(l -> profiles.text(routeId, sectionCode, l)
                .filter(t -> !t.isBlank()).isPresent()).toList();
        if (langs.isEmpty()) {
            langs = List.of(route.sourceLanguage());
        }
        List<ComparisonInsert.Change> changes = new ArrayList<>();
        List<Lang> upToDate = new ArrayList<>();
        for (Lang lang : langs) {
            String current = profiles.text(routeId, sectionCode, lang).map(SectionText::markdown).orElse("");
            String before = ComparisonBlocks.find(current);
            String after = block(comparison, lang);
            if (before.equals(after)) {
                upToDate.add(lang);
            } else {
                changes.add(new ComparisonInsert.Change(lang, before, after));
            }
        }
        return new ComparisonInsert(routeId, sectionCode, year, changes, upToDate);
    }

    /** Applies a plan made just before, whole or not at all, into the texts as they are now. */
    public void apply(ComparisonInsert plan) {
        transactions.run(() -> {
            for (ComparisonInsert.Change c : plan.changes()) {
                String current = profiles.text(plan.profileId(), plan.sectionCode(), c.lang())
                        .map(SectionText::markdown).orElse("");
                profiles.saveText(plan.profileId(), plan.sectionCode(), c.lang(), ComparisonBlocks.put(current,
                        c.after()));
            }
        });
    }

    private static String block(RouteComparison comparison, Lang lang) {
        String provenance = comparison.latestYear() ? "latest figures of the country profiles"
                : "figures of " + comparison.year() + " from the country profiles";
        return ComparisonBlocks.block(provenance, new ComparisonTable(lang).markdown(comparison));
    }

    /** The country profile read for a route country: same dialogue first, then the most recently changed. */
    private Optional<Profile> countryProfile(Profile route, String code, List<Profile> all) {
        List<Profile> candidates = all.stream().filter(p -> p.kind() == ProfileKind.COUNTRY
                && p.countryCode() != null && p.countryCode().equalsIgnoreCase(code)).toList();
        if (route.dialogueId() != null && candidates.stream().anyMatch(p -> route.dialogueId().equals(p.dialogueId()))) {
            candidates = candidates.stream().filter(p -> route.dialogueId().equals(p.dialogueId())).toList();
        }
        if (candidates.size() < 2) {
            return candidates.stream().findFirst();
        }
        return candidates.stream().max(Comparator.comparing(this::lastChanged));
    }

    /** When anything of a profile last changed: itself, a section, a text or a figure. */
    private Instant lastChanged(Profile p) {
        return Stream.of(Stream.of(p.meta().updatedAt()),
                        profiles.sections(p.id()).stream().map(s -> s.meta().updatedAt()),
                        profiles.texts(p.id()).stream().map(t -> t.meta().updatedAt()),
                        profiles.indicators(p.id()).stream().map(i -> i.meta().updatedAt()))
                .flatMap(s -> s).max(Comparator.naturalOrder()).orElse(Instant.EPOCH);
    }
}
