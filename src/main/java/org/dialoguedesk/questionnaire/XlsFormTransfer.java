package org.dialoguedesk.questionnaire;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.dialoguedesk.common.DeskException;
import org.dialoguedesk.common.Messages;
import org.dialoguedesk.common.Problem;
import org.dialoguedesk.common.ValidationException;

/**
 * Import of templates from XLSForm workbooks and export back. An import is checked in full
 * ({@link #read}) before anything is saved ({@link #apply}); a file with any problem changes nothing.
 */
public final class XlsFormTransfer {

    /** Larger than any questionnaire: a bigger file is refused before it is parsed. */
    public static final long MAX_BYTES = 20L * 1024 * 1024;

    private final XlsFormWorkbooks workbooks;
    private final QuestionnaireTemplateService templates;

    public XlsFormTransfer(XlsFormWorkbooks workbooks, QuestionnaireTemplateService templates) {
        this.workbooks = workbooks;
        this.templates = templates;
    }

    /** Reads and checks a file: the template it would give and what would not be kept. Saves nothing. */
    public XlsFormImportResult read(Path file) {
        String name = file.getFileName().toString();
        try {
            if (!Files.isRegularFile(file)) {
                throw new DeskException(Messages.english().get("questionnaire.xlsform.missingFile", name));
            }
            if (Files.size(file) == 0) {
                throw new DeskException(Messages.english().get("questionnaire.xlsform.emptyFile", name));
            }
            if (Files.size(file) > MAX_BYTES) {
                throw new DeskException(Messages.english().get("questionnaire.xlsform.tooLarge", name));
            }
        } catch (IOException e) {
            throw new DeskException(Messages.english().get("questionnaire.xlsform.missingFile", name), e);
        }
        XlsFormImportResult result = new XlsFormParser(name).parse(workbooks.read(file));
        List<Problem> problems = templates.check(result.draft());
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return result;
    }

    /** Saves a checked import as a new template, or as the next version of the template with its key. */
    public TemplateVersion apply(XlsFormImportResult result) {
        return templates.create(result.draft());
    }

    /** Writes one version of a template as an XLSForm workbook, atomically. */
    public void export(UUID versionId, Path out) throws IOException {
        TemplateVersion version = templates.version(versionId)
                .orElseThrow(() -> new DeskException(Messages.english().get("questionnaire.notFound", versionId)));
        Template template = templates.template(version.templateId())
                .orElseThrow(() -> new DeskException(Messages.english().get("questionnaire.notFound", versionId)));
        workbooks.write(new XlsFormSheets().of(template, version), out);
    }
}
