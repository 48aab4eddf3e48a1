package org.dialoguedesk.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dialoguedesk.common.DeskException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The one entry of the jar. With no command it opens the window; with a command it runs that batch
 * job on the same database and exits: 0 when it went well, 1 with a one-line reason on bad input,
 * 2 on a command line it does not understand.
 */
@Command(name = "dialogue-desk", mixinStandardHelpOptions = true, version = "Dialogue Desk 0.1",
        description = "Partner rosters, questionnaires, meetings and profiles for migration dialogues.",
        subcommands = {RosterCommand.class, QuestionnaireCommand.class, MeetingCommand.class, ProfileCommand.class, BundleCommand.class,
                BenchCommand.class})
public final class Main implements Callable<Integer> {

    public static final int OK = 0;
    public static final int BAD_INPUT = 1;

    @Option(names = "--db", paramLabel = "FILE",
            description = "Database file (default: dialogue-desk.db in your data folder). Created if missing.")
    Path db;

    @Option(names = "--empty", description = "When the database is created now, leave out the sample rosters.")
    boolean empty;

    /** Opens the database chosen on the command line; commands call this, never Database directly. */
    Desk openDesk() {
        return Desk.open(db != null ? db : DataLocations.defaultDatabase(), empty);
    }

    @Override
    public Integer call() {
        return WindowLauncher.launch(this::openDesk);
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs a command line and returns its exit code; tests call this with their own writers. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof DeskException) {
                commandLine.getErr().println("error: " + e.getMessage().lines().findFirst().orElse(""));
                return BAD_INPUT;
            }
            throw e;
        });
        return cli.execute(args);
    }
}
