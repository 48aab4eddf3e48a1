package org.dialoguedesk.app;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dialoguedesk.common.Lang;
import org.dialoguedesk.profile.Profile;
import org.dialoguedesk.profile.ProfileSection;
import org.dialoguedesk.profile.ProfileVersion;
import org.dialoguedesk.profile.SectionStatus;
import org.dialoguedesk.roster.Dialogue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code profile list}: one line per profile. {@code status} is its least advanced section's (a profile
 * is only as far as that), {@code approved} how many sections are approved, {@code version} the last
 * published one, and {@code en,fr,ar} the share of sections whose text is there and current, in percent.
 */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List the profiles.")
final class ProfileListCommand implements Callable<Integer> {

    enum Format { csv, json }

    @Spec
    CommandSpec spec;

    @Option(names = "--dialogue", paramLabel = "ACRONYM", description = "Only this dialogue's profiles, e.g. MTM")
    String dialogue;

    @Option(names = "--format", defaultValue = "csv", description = "csv or json (default: csv)")
    Format format;

    @Override
    public Integer call() throws IOException {
        Main main = (Main) spec.root().userObject();
        try (Desk desk = main.openDesk()) {
            Dialogue only = dialogue == null ? null : CommandNames.dialogue(desk, dialogue);
            List<String> header = List.of("id", "key", "kind", "title", "dialogue", "status", "approved", "access",
                    "version", "en", "fr", "ar");
            List<Map<String, String>> rows = new ArrayList<>();
            for (Profile p : desk.profiles().profiles()) {
                if (only != null && !only.meta().id().equals(p.dialogueId())) {
                    continue;
                }
                List<ProfileSection> sections = desk.profiles().sections(p.id());
                Map<Lang, Double> complete = desk.profiles().translationCompleteness(p.id());
                Map<String, String> row = new LinkedHashMap<>();
                row.put("id", p.id().toString());
                row.put("key", p.key());
                row.put("kind", p.kind().name());
                row.put("title", p.title().en());
                row.put("dialogue", p.dialogueId() == null ? "" : desk.roster().dialogue(p.dialogueId())
                        .map(Dialogue::key).orElse(""));
                row.put("status", desk.profiles().status(p.id()).map(Enum::name).orElse(""));
                row.put("approved", sections.stream().filter(s -> s.status() == SectionStatus.APPROVED).count()
                        + "/" + sections.size());
                row.put("access", p.access().name());
                row.put("version", desk.profilePublishing().versions(p.id()).stream()
                        .mapToInt(ProfileVersion::number).max().stream().mapToObj(String::valueOf).findFirst()
                        .orElse(""));
                for (Lang lang : Lang.values()) {
                    row.put(lang.code(), String.valueOf(Math.round(complete.get(lang) * 100)));
                }
                rows.add(row);
            }
            spec.commandLine().getOut().print(format == Format.json ? CommandOutput.json(rows)
                    : CommandOutput.csv(header, rows));
            spec.commandLine().getOut().flush();
        }
        return Main.OK;
    }
}
