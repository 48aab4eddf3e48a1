package org.dialoguedesk.app;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dialoguedesk.profile.Profile;
import org.dialoguedesk.profile.Source;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code profile sources}: every link of a profile, once, in the order a reader meets it: its title,
 * address, the day it was last checked ({@code accessed}, empty when not recorded), the codes of the
 * sections using it ({@code used_in}, separated by spaces) and {@code web_address} (false for a link a
 * browser cannot open, worth fixing in the text).
 */
@Command(name = "sources", mixinStandardHelpOptions = true, description = "List a profile's sources.")
final class ProfileSourcesCommand implements Callable<Integer> {

    enum Format { csv, json }

    @Spec
    CommandSpec spec;

    @Option(names = "--profile", required = true, paramLabel = "ID_OR_KEY", description = "The profile's id, key or title")
    String profileName;

    @Option(names = "--format", defaultValue = "csv", description = "csv or json (default: csv)")
    Format format;

    @Override
    public Integer call() throws IOException {
        Main main = (Main) spec.root().userObject();
        try (Desk desk = main.openDesk()) {
            Profile p = CommandNames.profile(desk, profileName);
            List<String> header = List.of("title", "url", "accessed", "used_in", "web_address");
            List<Map<String, String>> rows = new ArrayList<>();
            for (Source s : desk.profileSources().sources(p.id())) {
                Map<String, String> row = new LinkedHashMap<>();
                row.put("title", s.title());
                row.put("url", s.url());
                row.put("accessed", s.accessedOn().map(Object::toString).orElse(""));
                row.put("used_in", String.join(" ", s.usedIn()));
                row.put("web_address", String.valueOf(s.isWebAddress()));
                rows.add(row);
            }
            spec.commandLine().getOut().print(format == Format.json ? CommandOutput.json(rows)
                    : CommandOutput.csv(header, rows));
            spec.commandLine().getOut().flush();
        }
        return Main.OK;
    }
}
