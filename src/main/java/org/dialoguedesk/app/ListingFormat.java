package org.dialoguedesk.app;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** The {@code --format csv|json} option of a listing command (a picocli mixin), and printing its rows so. */
final class ListingFormat {

    enum Format { csv, json }

    @Option(names = "--format", defaultValue = "csv", description = "csv or json (default: csv)")
    Format format;

    void print(CommandSpec spec, List<String> header, List<Map<String, String>> rows) throws IOException {
        spec.commandLine().getOut().print(format == Format.json ? CommandOutput.json(rows)
                : CommandOutput.csv(header, rows));
        spec.commandLine().getOut().flush();
    }
}
