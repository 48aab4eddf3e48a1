package org.dialoguedesk.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dialoguedesk.common.Messages;
import org.dialoguedesk.questionnaire.Template;
import org.dialoguedesk.questionnaire.TemplateVersion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code questionnaire xlsform-export}: one version of a template (the latest by default) as XLSForm. */
@Command(name = "xlsform-export",
        description = "Export a questionnaire template version to an XLSForm workbook (.xlsx).")
final class XlsFormExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    /** Not the standard help mixin: its {@code --version} would clash with the template version. */
    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    boolean help;

    @Option(names = "--template", required = true, paramLabel = "ID_OR_TITLE",
            description = "The template's id, key or title")
    String template;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The .xlsx file to write")
    Path out;

    @Option(names = "--version", paramLabel = "N", description = "Version number (default: the latest)")
    Integer version;

    @Override
    public Integer call() throws IOException {
        Main main = (Main) spec.root().userObject();
        try (Desk desk = main.openDesk()) {
            Messages messages = CommandMessages.of(desk);
            TemplateVersion v = CommandNames.templateVersion(desk, template, version);
            Template t = desk.questionnaireTemplates().template(v.templateId()).orElseThrow();
            desk.xlsForms().export(v.meta().id(), out);
            spec.commandLine().getOut().println(messages.get("questionnaire.cli.exported", t.title().en(),
                    v.number(), out));
            spec.commandLine().getOut().flush();
        }
        return Main.OK;
    }
}
