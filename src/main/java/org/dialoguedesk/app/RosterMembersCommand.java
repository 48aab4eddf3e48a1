package org.dialoguedesk.app;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.dialoguedesk.common.DeskException;
import org.dialoguedesk.common.Lang;
import org.dialoguedesk.roster.Dialogue;
import org.dialoguedesk.roster.Membership;
import org.dialoguedesk.roster.MembershipRole;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code roster members}: what the dialogue members screen shows, for scripts. */
@Command(name = "members", mixinStandardHelpOptions = true,
        description = "List the members of a dialogue, optionally as of a date.")
final class RosterMembersCommand implements Callable<Integer> {

    enum Format { csv, json }

    @ParentCommand
    RosterCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--dialogue", required = true, paramLabel = "ACRONYM", description = "e.g. MTM, RABAT")
    String dialogue;

    @Option(names = "--as-of", paramLabel = "DATE", description = "Only members on that day (YYYY-MM-DD)")
    LocalDate asOf;

    @Option(names = "--role", split = ",", paramLabel = "ROLE",
            description = "Only these roles: ${COMPLETION-CANDIDATES}")
    Set<MembershipRole> roles = Set.of();

    @Option(names = "--format", defaultValue = "csv", description = "csv or json (default: csv)")
    Format format;

    @Override
    public Integer call() throws IOException {
        Main main = (Main) spec.root().userObject();
        try (Desk desk = main.openDesk()) {
            Dialogue d = desk.roster().dialogueByKey(dialogue)
                    .orElseThrow(() -> new DeskException("No dialogue called " + dialogue + ". Known: "
                            + String.join(", ", desk.roster().dialogues().stream().map(Dialogue::key).toList())));
            List<Map<String, String>> rows = new ArrayList<>();
            List<Membership> members = new ArrayList<>(desk.roster().members(d.meta().id(), asOf, roles));
            members.sort(Comparator.comparing(Membership::validFrom)
                    .thenComparing(m -> desk.roster().memberName(m, Lang.EN)));
            for (Membership m : members) {
                Map<String, String> row = new LinkedHashMap<>();
                row.put("member", desk.roster().memberName(m, Lang.EN));
                row.put("kind", m.isCountry() ? "country" : "organisation");
                row.put("code", m.isCountry() ? m.countryCode()
                        : desk.roster().organisation(m.organisationId()).map(o -> o.refKey()).orElse(""));
                row.put("role", m.role().name());
                row.put("from", m.validFrom().toString());
                row.put("to", m.validTo() == null ? "" : m.validTo().toString());
                rows.add(row);
            }
            spec.commandLine().getOut().print(format == Format.json ? CommandOutput.json(rows) : csv(rows));
            spec.commandLine().getOut().flush();
        }
        return Main.OK;
    }

    private static String csv(List<Map<String, String>> rows) throws IOException {
        return CommandOutput.csv(List.of("member", "kind", "code", "role", "from", "to"), rows);
    }
}
