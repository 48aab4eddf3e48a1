package org.dialoguedesk.app;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import org.dialoguedesk.common.AtomicFiles;
import org.dialoguedesk.common.DeskException;
import org.dialoguedesk.common.Messages;
import org.dialoguedesk.meeting.Meeting;
import org.dialoguedesk.render.calendar.IcsWriter;
import org.dialoguedesk.render.calendar.MeetingCalendar;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code meeting ics}: the meeting as an iCalendar file, the whole days plus one event per session.
 * Session times are local to the city; its time zone is the one named after the city (Madrid is
 * Europe/Madrid) unless {@code --zone} names it, and a city with no zone of its name is refused.
 */
@Command(name = "ics", mixinStandardHelpOptions = true, description = "Write a meeting and its sessions as an .ics calendar file.")
final class MeetingIcsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--meeting", required = true, paramLabel = "ID_OR_TITLE", description = "The meeting: its id or English title")
    String meeting;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The .ics file to write")
    Path out;

    @Option(names = "--zone", paramLabel = "ZONE", description = "Time zone of the sessions, such as Africa/Casablanca (default: the zone named after the city)")
    ZoneId zone;

    @Override
    public Integer call() throws IOException {
        Main main = (Main) spec.root().userObject();
        try (Desk desk = main.openDesk()) {
            Meeting m = CommandNames.meeting(desk, meeting);
            ZoneId z = zone != null ? zone : cityZone(m);
            IcsWriter writer = new IcsWriter();
            AtomicFiles.write(out, o -> writer.write(MeetingCalendar.events(m, desk.meetings().sessions(m.id()), z),
                    desk.clock().instant(), o));
            spec.commandLine().getOut().println(Messages.english().get("meeting.cli.icsWritten", out.toString()));
        }
        return Main.OK;
    }

    private static ZoneId cityZone(Meeting m) {
        String city = m.city().en().strip().replace(' ', '_');
        return ZoneId.getAvailableZoneIds().stream().filter(id -> id.endsWith("/" + city)).sorted().findFirst()
                .map(ZoneId::of).orElseThrow(() -> new DeskException(Messages.english().get("meeting.cli.noZone",
                        m.city().en())));
    }
}
