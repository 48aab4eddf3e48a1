package org.dialoguedesk.app;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dialoguedesk.meeting.Meeting;
import org.dialoguedesk.meeting.Participant;
import org.dialoguedesk.meeting.ParticipantStatus;
import org.dialoguedesk.roster.Dialogue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/**
 * {@code meeting list}: one line per meeting, the latest first. {@code co_chairs} are alpha-3 codes
 * separated by {@code ;}, {@code participants} counts everyone invited, {@code attended} those who came.
 */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List the meetings.")
final class MeetingListCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ListingFormat listing;

    @Override
    public Integer call() throws IOException {
        Main main = (Main) spec.root().userObject();
        try (Desk desk = main.openDesk()) {
            List<String> header = List.of("id", "title", "dialogue", "type", "host", "city", "start", "end",
                    "co_chairs", "status", "participants", "attended", "sample");
            List<Map<String, String>> rows = new ArrayList<>();
            for (Meeting m : desk.meetings().meetings()) {
                List<Participant> participants = desk.meetings().participants(m.id());
                Map<String, String> row = new LinkedHashMap<>();
                row.put("id", m.id().toString());
                row.put("title", m.title().en());
                row.put("dialogue", desk.roster().dialogue(m.dialogueId()).map(Dialogue::key).orElse(""));
                row.put("type", m.type().name());
                row.put("host", m.hostCountry());
                row.put("city", m.city().en());
                row.put("start", m.startDate().toString());
                row.put("end", m.endDate().toString());
                row.put("co_chairs", String.join(";", m.coChairs()));
                row.put("status", m.status().name());
                row.put("participants", String.valueOf(participants.size()));
                row.put("attended", String.valueOf(participants.stream()
                        .filter(p -> p.status() == ParticipantStatus.ATTENDED).count()));
                row.put("sample", String.valueOf(m.sample()));
                rows.add(row);
            }
            listing.print(spec, header, rows);
        }
        return Main.OK;
    }
}
