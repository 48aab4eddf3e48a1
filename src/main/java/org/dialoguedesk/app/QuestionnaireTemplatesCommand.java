package org.dialoguedesk.app;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dialoguedesk.questionnaire.QuestionnaireTemplateService;
import org.dialoguedesk.questionnaire.Template;
import org.dialoguedesk.questionnaire.TemplateVersion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code questionnaire templates}: every template with its versions and the latest one's status. */
@Command(name = "templates", mixinStandardHelpOptions = true, description = "List the questionnaire templates.")
final class QuestionnaireTemplatesCommand implements Callable<Integer> {

    enum Format { csv, json }

    @Spec
    CommandSpec spec;

    @Option(names = "--format", defaultValue = "csv", description = "csv or json (default: csv)")
    Format format;

    @Override
    public Integer call() throws IOException {
        Main main = (Main) spec.root().userObject();
        try (Desk desk = main.openDesk()) {
            QuestionnaireTemplateService service = desk.questionnaireTemplates();
            List<Map<String, String>> rows = new ArrayList<>();
            for (Template t : service.templates()) {
                List<TemplateVersion> versions = service.versions(t.meta().id());
                TemplateVersion latest = versions.get(versions.size() - 1);
                Map<String, String> row = new LinkedHashMap<>();
                row.put("id", t.meta().id().toString());
                row.put("key", t.key());
                row.put("title", t.title().en());
                row.put("versions", String.valueOf(versions.size()));
                row.put("latest", String.valueOf(latest.number()));
                row.put("status", latest.status().name());
                row.put("questions", String.valueOf(latest.questions().size()));
                rows.add(row);
            }
            spec.commandLine().getOut().print(format == Format.json ? CommandOutput.json(rows)
                    : CommandOutput.csv(List.of("id", "key", "title", "versions", "latest", "status", "questions"),
                    rows));
            spec.commandLine().getOut().flush();
        }
        return Main.OK;
    }
}
