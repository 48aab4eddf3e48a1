package org.dialoguedesk.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dialoguedesk.common.DeskException;
import org.dialoguedesk.common.Messages;
import org.dialoguedesk.roster.ImportOptions;
import org.dialoguedesk.roster.ImportPlan;
import org.dialoguedesk.roster.ImportResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code roster import FILE}: checks a CSV or XLSX contact list, prints the per-row report, and
 * imports it all or nothing. On any error nothing is written and the last line of stderr says why.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import contacts from a CSV (UTF-8) or XLSX file. All or nothing: a file with "
                + "any problem changes nothing.")
final class RosterImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The contact list (.csv or .xlsx)")
    Path file;

    @Option(names = "--dry-run", description = "Check the file and print the report; write nothing.")
    boolean dryRun;

    @Option(names = "--skip-duplicates",
            description = "Leave out rows that match a contact already in the roster, instead of refusing the file.")
    boolean skipDuplicates;

    @Override
    public Integer call() {
        Main main = (Main) spec.root().userObject();
        PrintWriter out = spec.commandLine().getOut();
        try (Desk desk = main.openDesk()) {
            Messages messages = CommandMessages.of(desk);
            ImportReport report = new ImportReport(messages);
            ImportPlan plan = desk.contactImport().plan(file, new ImportOptions(skipDuplicates, false));
            report.lines(plan.issues()).forEach(out::println);
            out.flush();
            if (plan.hasErrors()) {
                throw new DeskException(report.refusal(plan));
            }
            if (dryRun) {
                out.println(messages.get("import.summary.dryRun", plan.rows().size(),
                        plan.rows().stream().filter(r -> r.role().isPresent()).count(), plan.skippedCount()));
            } else {
                ImportResult result = desk.contactImport().apply(plan);
                out.println(messages.get("import.summary.imported", result.created().size(), result.rolesCreated(),
                        result.skipped()));
            }
            out.flush();
        }
        return Main.OK;
    }
}
