package org.dialoguedesk.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.dialoguedesk.common.DeskException;
import org.dialoguedesk.common.Messages;
import org.dialoguedesk.common.Problem;
import org.dialoguedesk.meeting.MeetingDocuments;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code meeting documents}: a meeting's agenda, letters, lists, badges and tent cards into a folder,
 * with {@code index.csv}. A line per file, then the documents refused and the warnings; exit 1 when any
 * document was refused (a visa letter without passport data, a template with an unknown placeholder).
 */
@Command(name = "documents", mixinStandardHelpOptions = true,
        description = "Write a meeting's agenda, letters, participant list, badges and logistics lists into a folder.")
final class MeetingDocumentsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--meeting", required = true, paramLabel = "ID_OR_TITLE", description = "The meeting: its id or English title")
    String meeting;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The folder to write into (created if missing)")
    Path out;

    @Option(names = "--lang", split = ",", paramLabel = "en,fr,ar", defaultValue = "en,fr,ar",
            description = "Languages of the agenda, lists, attendance sheet and badges (default: ${DEFAULT-VALUE}); "
                    + "letters are in each participant's working language")
    List<String> langs;

    @Override
    public Integer call() {
        Main main = (Main) spec.root().userObject();
        try (Desk desk = main.openDesk()) {
            Messages messages = CommandMessages.of(desk);
            MeetingDocuments.Result result;
            try {
                result = desk.meetingDocuments().run(new MeetingDocuments.Request(
                        CommandNames.meeting(desk, meeting).id(), CommandNames.langs(langs), out));
            } catch (IOException e) {
                throw new DeskException(messages.get("meeting.docs.problem.failed", e.getMessage()));
            }
            PrintWriter w = spec.commandLine().getOut();
            for (MeetingDocuments.Produced p : result.produced()) {
                w.println(messages.get("meeting.docs.cli.written", p.file().getFileName()));
            }
            for (Problem p : result.refused()) {
                w.println(messages.get("meeting.docs.cli.refused", messages.format(p)));
            }
            for (Problem p : result.warnings()) {
                w.println(messages.get("meeting.docs.cli.warning", messages.format(p)));
            }
            w.println(messages.get("meeting.docs.cli.summary", result.produced().size(), result.refused().size(),
                    result.warnings().size(), result.index()));
            w.flush();
            return result.refused().isEmpty() ? Main.OK : Main.BAD_INPUT;
        }
    }
}
