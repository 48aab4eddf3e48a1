package org.dialoguedesk.app;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.dialoguedesk.common.Messages;
import org.dialoguedesk.profile.LineDiff;
import org.dialoguedesk.profile.Profile;
import org.dialoguedesk.profile.ProfilePublishing;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code profile diff}: what changed between two published versions, section by section and language by
 * language: removed lines with "-", added lines with "+", and two unchanged lines around each change.
 */
@Command(name = "diff", mixinStandardHelpOptions = true, description = "Compare two published versions of a profile.")
final class ProfileDiffCommand implements Callable<Integer> {

    static final int CONTEXT = 2;

    @Spec
    CommandSpec spec;

    @Option(names = "--profile", required = true, paramLabel = "ID_OR_KEY", description = "The profile's id, key or title")
    String profileName;

    @Option(names = "--from", required = true, paramLabel = "N", description = "The earlier version")
    int from;

    @Option(names = "--to", required = true, paramLabel = "M", description = "The later version")
    int to;

    @Override
    public Integer call() {
        Main main = (Main) spec.root().userObject();
        try (Desk desk = main.openDesk()) {
            Messages messages = CommandMessages.of(desk);
            Profile p = CommandNames.profile(desk, profileName);
            List<ProfilePublishing.SectionDiff> diffs = desk.profilePublishing().diff(p.id(), from, to);
            PrintWriter out = spec.commandLine().getOut();
            if (diffs.isEmpty()) {
                out.println(messages.get("profile.cli.noDifference", from, to));
            }
            for (ProfilePublishing.SectionDiff d : diffs) {
                out.println("## " + d.sectionCode() + " (" + d.lang().code() + ")");
                print(out, d.lines());
            }
            out.flush();
        }
        return Main.OK;
    }

    /** The changed lines with {@link #CONTEXT} unchanged lines around them; "…" where lines are skipped. */
    static void print(PrintWriter out, List<LineDiff.Line> lines) {
        boolean skipped = false;
        for (int i = 0; i < lines.size(); i++) {
            if (near(lines, i)) {
                LineDiff.Line l = lines.get(i);
                out.println((l.kind() == LineDiff.Kind.ADDED ? "+ " : l.kind() == LineDiff.Kind.REMOVED ? "- " : "  ")
                        + l.text());
                skipped = false;
            } else if (!skipped) {
                out.println("  \u2026");
                skipped = true;
            }
        }
    }

    private static boolean near(List<LineDiff.Line> lines, int i) {
        for (int j = Math.max(0, i - CONTEXT); j <= Math.min(lines.size() - 1, i + CONTEXT); j++) {
            if (lines.get(j).kind() != LineDiff.Kind.SAME) {
                return true;
            }
        }
        return false;
    }
}
