package org.dialoguedesk.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dialoguedesk.common.AtomicFiles;
import org.dialoguedesk.common.Lang;
import org.dialoguedesk.common.Messages;
import org.dialoguedesk.meeting.FormalCountryNames;
import org.dialoguedesk.meeting.Meeting;
import org.dialoguedesk.meeting.MeetingNewsItem;
import org.dialoguedesk.meeting.MeetingStatistics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code meeting news}: the news item drafted from the meeting's statistics, headline then body, printed
 * or written atomically to a UTF-8 file. News items are drafted in English and French only (the
 * languages of the News Centre), so any other language is a usage error, refused before the database
 * is opened.
 */
@Command(name = "news", mixinStandardHelpOptions = true, description = "Print or write the news item drafted after a meeting.")
final class MeetingNewsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--meeting", required = true, paramLabel = "ID_OR_TITLE", description = "The meeting: its id or English title")
    String meeting;

    @Option(names = "--lang", defaultValue = "en", paramLabel = "en|fr", description = "Language of the item (default: ${DEFAULT-VALUE})")
    String lang;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the item to this text file instead of printing it")
    Path out;

    @Override
    public Integer call() throws IOException {
        Lang language = Lang.fromCode(lang).filter(l -> l != Lang.AR).orElseThrow(() -> new ParameterException(
                spec.commandLine(), "News items are drafted in en and fr only, not in "
                + lang.strip().toLowerCase(Locale.ROOT) + ": use --lang en or --lang fr."));
        Main main = (Main) spec.root().userObject();
        try (Desk desk = main.openDesk()) {
            Meeting m = CommandNames.meeting(desk, meeting);
            MeetingStatistics s = MeetingStatistics.of(desk.meetings().participants(m.id()), desk.roster()::country);
            String text = MeetingNewsItem.draft(m, s, language, desk.roster(), FormalCountryNames.bundled()).text();
            if (out == null) {
                spec.commandLine().getOut().print(text);
            } else {
                AtomicFiles.write(out, o -> o.write(text.getBytes(StandardCharsets.UTF_8)));
                spec.commandLine().getOut().println(Messages.english().get("meeting.after.cli.newsWritten",
                        out.toString()));
            }
            spec.commandLine().getOut().flush();
        }
        return Main.OK;
    }
}
