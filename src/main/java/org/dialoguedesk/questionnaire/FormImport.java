package org.dialoguedesk.questionnaire;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.dialoguedesk.common.Problem;
import org.dialoguedesk.common.Transactions;

/**
 * Imports returned questionnaire workbooks. Each file is recognised by its identity sheet (round,
 * country, template version), checked for tampering (fingerprint, cell map, rows moved), every
 * answer cell is checked against its question, and the file is reported on with the cell of every
 * problem. A file with any error changes nothing, and neither does a form with nothing filled in. A
 * file that would change answers already stored is only reported with the changes until the import
 * is repeated with {@code replace}: nothing is ever overwritten silently. An imported country moves
 * to UNDER_REVIEW, each step dated today.
 */
public final class FormImport {

    /** {@code dryRun}: check and report only. {@code replace}: the officer confirmed replacing stored answers. */
    public record Options(boolean dryRun, boolean replace) {
    }

    private final ReturnedFormReader reader;
    private final RoundService rounds;
    private final AnswerService answers;
    private final Transactions transactions;

    public FormImport(ReturnedFormReader reader, RoundService rounds, AnswerService answers,
                      Transactions transactions) {
        this.reader = reader;
        this.rounds = rounds;
        this.answers = answers;
        this.transactions = transactions;
    }

    /** Imports the files one after the other; a second file of the same country compares with the first. */
    public List<FormImportReport> importFiles(List<Path> files, Options options) {
        Map<UUID, TemplateVersion> versions = new HashMap<>();
        return files.stream().map(f -> importFile(f, options, versions)).toList();
    }

    public FormImportReport importFile(Path file, Options options) {
        return importFile(file, options, new HashMap<>());
    }

    /** {@code versions}: the template versions of rounds already met, which a batch need not read again. */
    private FormImportReport importFile(Path file, Options options, Map<UUID, TemplateVersion> versions) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        ReturnedForm form;
        try {
            form = reader.read(file);
        } catch (FormFileException e) {
            return FormImportReport.refused(name, "", "", List.of(e.problem()));
        }
        return transactions.inTransaction(() -> importForm(name, form, options, versions));
    }

    private FormImportReport importForm(String name, ReturnedForm form, Options options,
                                        Map<UUID, TemplateVersion> versions) {
        String title = form.field(ReturnedForm.FIELD_ROUND_TITLE).orElse("");
        String country = form.field(ReturnedForm.FIELD_COUNTRY).orElse("");
        Identified id = identify(form, title, country);
        if (!id.problems.isEmpty()) {
            return FormImportReport.refused(name, title, country, id.problems);
        }
        Round round = id.round;
        TemplateVersion version = versions.computeIfAbsent(round.id(), answers::version);
        List<Problem> errors = new ArrayList<>(structure(form, version));
        if (!errors.isEmpty()) {
            return FormImportReport.refused(name, round.title(), country, errors);
        }
        List<Problem> warnings = new ArrayList<>();
        List<ProposedAnswer> proposed = read(form, version, errors, warnings);
        if (!errors.isEmpty()) {
            return FormImportReport.refused(name, round.title(), country, errors);
        }
        if (proposed.stream().allMatch(ProposedAnswer::isEmpty)) {
            // the blank form sent back by mistake: not an answer, and with --replace it would erase stored ones
            return FormImportReport.refused(name, round.title(), country, List.of(Problem.of("",
                    "questionnaire.import.problem.blank")));
        }
        int answered = (int) proposed.stream().filter(p -> !p.values().isEmpty()).count();
        int questions = version.questions().size();
        Recipient recipient = id.recipient;
        List<Answer> current = answers.answersOf(recipient);
        // against nothing stored, every value is new: changes are only worth showing against earlier answers
        List<AnswerChange> changes = current.isEmpty() ? List.of() : AnswerService.diff(version, current, proposed);
        RecipientStatus status = recipient.status();
        if (changes.isEmpty() && !current.isEmpty()) {
            return new FormImportReport(name, ImportOutcome.UNCHANGED, round.title(), country, List.of(), warnings,
                    changes, answered, questions, status);
        }
        if (status == RecipientStatus.ACCEPTED) {
            return FormImportReport.refused(name, round.title(), country, List.of(Problem.of("",
                    "questionnaire.import.problem.alreadyAccepted", country, round.title())));
        }
        boolean replacing = !current.isEmpty();
        if (options.dryRun()) {
            return new FormImportReport(name, replacing && !options.replace() ? ImportOutcome.NEEDS_CONFIRMATION
                    : ImportOutcome.WOULD_IMPORT, round.title(), country, List.of(), warnings, changes, answered,
                    questions, status);
        }
        if (replacing && !options.replace()) {
            return new FormImportReport(name, ImportOutcome.NEEDS_CONFIRMATION, round.title(), country, List.of(),
                    warnings, changes, answered, questions, status);
        }
        answers.store(recipient, proposed, AnswerSource.IMPORTED, name);
        boolean complete = warnings.isEmpty();
        RecipientStatus after = moveToReview(round, recipient, complete, name);
        return new FormImportReport(name, ImportOutcome.IMPORTED, round.title(), country, List.of(), warnings,
                changes, answered, questions, after);
    }

    private record Identified(Round round, Recipient recipient, List<Problem> problems) {
    }

    /** The round, the recipient and the version the identity sheet names, and that it was not edited. */
    private Identified identify(ReturnedForm form, String title, String country) {
        List<Problem> problems = new ArrayList<>();
        Optional<String> format = form.field(ReturnedForm.FIELD_FORMAT);
        if (format.isEmpty() || !format.get().equals(ReturnedForm.FORMAT)) {
            problems.add(Problem.of("", "questionnaire.import.problem.format", format.orElse("-")));
            return new Identified(null, null, problems);
        }
        Optional<Round> round = uuid(form.field(ReturnedForm.FIELD_ROUND_ID)).flatMap(rounds::round);
        if (round.isEmpty()) {
            problems.add(Problem.of("", "questionnaire.import.problem.unknownRound", title));
            return new Identified(null, null, problems);
        }
        Optional<Recipient> recipient = rounds.recipients(round.get().id()).stream()
                .filter(r -> r.countryCode().equals(country)).findFirst();
        if (recipient.isEmpty()) {
            problems.add(Problem.of("", "questionnaire.import.problem.notRecipient", country, round.get().title()));
        }
        Optional<UUID> version = uuid(form.field(ReturnedForm.FIELD_VERSION_ID));
        if (version.isEmpty() || !version.get().equals(round.get().templateVersionId())) {
            problems.add(Problem.of("", "questionnaire.import.problem.otherVersion",
                    form.field(ReturnedForm.FIELD_VERSION_NUMBER).orElse("?"), round.get().title(),
                    answers.version(round.get().id()).number()));
        }
        if (problems.isEmpty() && !FormFingerprint.verify(form.field(ReturnedForm.FIELD_FINGERPRINT).orElse(null),
                round.get().id(), country, version.get(), form.cells())) {
            problems.add(Problem.of("", "questionnaire.import.problem.fingerprint"));
        }
        return new Identified(round.get(), recipient.orElse(null), problems);
    }

    /** The cell map covers exactly the version's answers, and no row was moved in the section sheets. */
    private static List<Problem> structure(ReturnedForm form, TemplateVersion version) {
        List<Problem> problems = new ArrayList<>();
        Set<String> expected = new HashSet<>(AnswerKeys.allOf(version));
        Set<String> mapped = new HashSet<>();
        for (AnswerCell c : form.cells()) {
            if (!expected.contains(c.key()) || !mapped.add(c.key())) {
                problems.add(Problem.of(c.address(), "questionnaire.import.problem.unexpectedKey", c.key()));
            }
        }
        expected.removeAll(mapped);
        expected.stream().sorted().forEach(k -> problems.add(Problem.of("",
                "questionnaire.import.problem.missingKey", k)));
        for (AnswerCell c : form.cells()) {
            boolean labelRow = !c.key().contains(":");
            String code = AnswerKeys.questionCode(c.key());
            String found = form.rowCodes().getOrDefault(c.key(), "").strip();
            if (labelRow && !found.equals(code)) {
                problems.add(Problem.of(c.address(), "questionnaire.import.problem.rowMoved", code,
                        found.isEmpty() ? "-" : found));
            }
        }
        return problems;
    }

    /** Every question's values and note, checking each cell; errors and blank required questions are collected. */
    private static List<ProposedAnswer> read(ReturnedForm form, TemplateVersion version, List<Problem> errors,
                                             List<Problem> warnings) {
        Map<String, AnswerCell> cells = new LinkedHashMap<>();
        form.cells().forEach(c -> cells.put(c.key(), c));
        List<ProposedAnswer> proposed = new ArrayList<>();
        for (Question q : version.questions()) {
            Map<String, String> values = new LinkedHashMap<>();
            for (String key : AnswerKeys.of(q)) {
                AnswerCell cell = cells.get(key);
                AnswerValues.Parsed parsed = AnswerValues.parse(q, form.value(key), cell.address());
                if (!parsed.ok()) {
                    errors.add(parsed.problem());
                }
                parsed.value().ifPresent(v -> values.put(key, v));
            }
            AnswerCell noteCell = cells.get(AnswerCell.noteKey(q.code()));
            String note = form.value(noteCell.key()).text().strip();
            if (q.required() && values.isEmpty()) {
                AnswerCell first = cells.get(AnswerKeys.of(q).get(0));
                warnings.add(Problem.of(first.address(), "questionnaire.import.problem.requiredBlank", q.code()));
            }
            proposed.add(new ProposedAnswer(q.code(), values, note));
        }
        return proposed;
    }

    /** Moves the country on to UNDER_REVIEW along the allowed steps, each noted with the file's name. */
    private RecipientStatus moveToReview(Round round, Recipient recipient, boolean complete, String file) {
        RecipientStatus status = recipient.status();
        String note = "imported: " + file;
        if (status == RecipientStatus.NOT_SENT) {
            status = rounds.changeStatus(round.id(), recipient.countryCode(), RecipientStatus.SENT, null,
                    "recorded on import: a returned form was sent").status();
        }
        if (status == RecipientStatus.SENT || status == RecipientStatus.REMINDED) {
            status = rounds.changeStatus(round.id(), recipient.countryCode(), complete
                    ? RecipientStatus.ANSWER_COMPLETE : RecipientStatus.ANSWER_PARTIAL, null, note).status();
        }
        if (status == RecipientStatus.ANSWER_PARTIAL || status == RecipientStatus.ANSWER_COMPLETE) {
            status = rounds.changeStatus(round.id(), recipient.countryCode(), RecipientStatus.UNDER_REVIEW, null,
                    note).status();
        }
        return status;
    }

    private static Optional<UUID> uuid(Optional<String> text) {
        try {
            return text.map(UUID::fromString);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
