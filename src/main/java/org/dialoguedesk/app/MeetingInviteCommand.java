package org.dialoguedesk.app;

import java.io.PrintWriter;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.dialoguedesk.common.Messages;
import org.dialoguedesk.meeting.InvitationGroup;
import org.dialoguedesk.meeting.InvitationPlan;
import org.dialoguedesk.meeting.InvitationPreview;
import org.dialoguedesk.meeting.Meeting;
import org.dialoguedesk.meeting.RosterInvitation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code meeting invite}: invites a meeting's delegations from the roster ({@link RosterInvitation}) and
 * prints the plan, delegation by delegation. {@code --dry-run} prints it and saves nothing. Bad options
 * are refused before the database is opened, so nothing is written.
 */
@Command(name = "invite", mixinStandardHelpOptions = true,
        description = "Invite a meeting's delegations from the roster: N seats each, the focal point first, a head per delegation.")
final class MeetingInviteCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--meeting", required = true, paramLabel = "ID_OR_TITLE", description = "The meeting: its id or English title")
    String meeting;

    @Option(names = "--seats", required = true, paramLabel = "N", description = "Seats per delegation, 1 to 10, counting its participants already there")
    int seats;

    @Option(names = "--groups", split = ",", paramLabel = "GROUP", defaultValue = "states",
            description = "Whom to invite: states, agencies, observers, experts (comma-separated; default: states)")
    List<String> groups;

    @Option(names = "--dry-run", description = "Print the plan and save nothing")
    boolean dryRun;

    @Override
    public Integer call() {
        Messages english = Messages.english();
        if (seats < 1 || seats > RosterInvitation.MAX_SEATS) {
            throw new ParameterException(spec.commandLine(), "--seats: " + english.get("meeting.invite.error.seats",
                    seats, RosterInvitation.MAX_SEATS));
        }
        Set<InvitationGroup> chosen = EnumSet.noneOf(InvitationGroup.class);
        for (String g : groups) {
            chosen.add(InvitationGroup.fromKey(g).orElseThrow(() -> new ParameterException(spec.commandLine(),
                    "--groups: " + english.get("meeting.invite.error.unknownGroup", g))));
        }
        Main main = (Main) spec.root().userObject();
        try (Desk desk = main.openDesk()) {
            Messages messages = CommandMessages.of(desk);
            Meeting m = CommandNames.meeting(desk, meeting);
            InvitationPlan plan = desk.invitations().plan(m.id(), seats, chosen);
            PrintWriter out = spec.commandLine().getOut();
            out.println(messages.get("meeting.invite.cli.header", m.title().in(messages.lang()), seats));
            for (InvitationPreview.Entry e : InvitationPreview.entries(plan, messages)) {
                out.println("  " + e.line());
                e.notes().forEach(n -> out.println("    " + n));
            }
            if (!dryRun) {
                desk.invitations().apply(plan);
            }
            out.println(InvitationPreview.summary(plan, !dryRun, messages));
            out.flush();
        }
        return Main.OK;
    }
}
