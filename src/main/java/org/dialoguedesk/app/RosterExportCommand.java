package org.dialoguedesk.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.dialoguedesk.common.DeskException;
import org.dialoguedesk.common.Messages;
import org.dialoguedesk.roster.ContactExport;
import org.dialoguedesk.roster.Dialogue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code roster export}: the active contacts as CSV, XLSX or vCard, optionally of one dialogue. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export the active contacts as CSV (importable again), XLSX or vCard (.vcf).")
final class RosterExportCommand implements Callable<Integer> {

    enum Format { csv, xlsx, vcf }

    @Spec
    CommandSpec spec;

    @Option(names = "--format", required = true, description = "csv, xlsx or vcf")
    Format format;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The file to write (replaced if it exists)")
    Path out;

    @Option(names = "--dialogue", paramLabel = "ACRONYM",
            description = "Only contacts holding (or having held) a role in this dialogue, e.g. MTM")
    String dialogue;

    @Override
    public Integer call() throws IOException {
        Main main = (Main) spec.root().userObject();
        try (Desk desk = main.openDesk()) {
            Messages messages = CommandMessages.of(desk);
            Optional<UUID> dialogueId = Optional.empty();
            if (dialogue != null) {
                Dialogue d = desk.roster().dialogueByKey(dialogue).orElseThrow(() -> new DeskException(
                        messages.get("export.error.dialogueUnknown", dialogue, String.join(", ",
                                desk.roster().dialogues().stream().map(Dialogue::key).toList()))));
                dialogueId = Optional.of(d.meta().id());
            }
            int count = desk.contactExport().export(out, ContactExport.Format.valueOf(format.name().toUpperCase(
                    java.util.Locale.ROOT)), dialogueId);
            spec.commandLine().getOut().println(messages.get("export.summary", count, out.toString()));
            spec.commandLine().getOut().flush();
        } catch (IOException e) {
            throw new DeskException(Messages.english().get("export.error.write", out.toString(),
                    String.valueOf(e.getMessage())), e);
        }
        return Main.OK;
    }
}
