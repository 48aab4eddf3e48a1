package org.dialoguedesk.app;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dialoguedesk.meeting.Meeting;
import org.dialoguedesk.meeting.MeetingStatistics;
import org.dialoguedesk.roster.Organisation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code meeting stats}: the statistics of one meeting over its attended participants, one line per
 * figure as {@code group,key,count}. Groups: {@code total} (participants, partner_countries),
 * {@code region} (partner countries EUROPEAN, AFRICAN, OTHER, which add up to partner_countries, and
 * ARAB, League of Arab States members across them), {@code country}, {@code organisation},
 * {@code category} and {@code gender} (participants).
 */
@Command(name = "stats", mixinStandardHelpOptions = true, description = "Statistics of a meeting's attended participants.")
final class MeetingStatsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ListingFormat listing;

    @Option(names = "--meeting", required = true, paramLabel = "ID_OR_TITLE", description = "The meeting: its id or English title")
    String meeting;

    @Override
    public Integer call() throws IOException {
        Main main = (Main) spec.root().userObject();
        try (Desk desk = main.openDesk()) {
            Meeting m = CommandNames.meeting(desk, meeting);
            MeetingStatistics s = MeetingStatistics.of(desk.meetings().participants(m.id()), desk.roster()::country);
            List<Map<String, String>> rows = new ArrayList<>();
            row(rows, "total", "participants", s.participants());
            row(rows, "total", "partner_countries", s.partnerCountries().size());
            row(rows, "region", "EUROPEAN", s.european());
            row(rows, "region", "AFRICAN", s.african());
            row(rows, "region", "OTHER", s.other());
            row(rows, "region", "ARAB", s.arab());
            s.byCountry().forEach((code, n) -> row(rows, "country", code, n));
            s.byOrganisation().forEach((id, n) -> row(rows, "organisation",
                    desk.roster().organisation(id).map(Organisation::refKey).orElse(id.toString()), n));
            s.byCategory().forEach((c, n) -> row(rows, "category", c.name(), n));
            s.byGender().forEach((g, n) -> row(rows, "gender", g.name(), n));
            listing.print(spec, List.of("group", "key", "count"), rows);
        }
        return Main.OK;
    }

    private static void row(List<Map<String, String>> rows, String group, String key, long count) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("group", group);
        row.put("key", key);
        row.put("count", String.valueOf(count));
        rows.add(row);
    }
}
