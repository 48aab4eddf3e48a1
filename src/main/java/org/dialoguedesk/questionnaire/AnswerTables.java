package org.dialoguedesk.questionnaire;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.dialoguedesk.common.Lang;
import org.dialoguedesk.common.Messages;
import org.dialoguedesk.common.table.Table;

/**
 * The answers of a round as a table, with labels in one language. WIDE: one row per country, one
 * column per answer value (and per "national definition differs" note that some country wrote),
 * headed by the question's label, the row and column of a table or the choice, and the key in
 * brackets. LONG: one row per answer value, with the question's section, code and labels, the value
 * as read in that language and as stored, the note and the review.
 */
public final class AnswerTables {

    public enum Layout { WIDE, LONG }

    private final AnswerService answers;
    private final RoundService rounds;
    private final FormRoster roster;

    public AnswerTables(AnswerService answers, RoundService rounds, FormRoster roster) {
        this.answers = answers;
        this.rounds = rounds;
        this.roster = roster;
    }

    public Table table(UUID roundId, Layout layout, Lang lang) {
        TemplateVersion version = answers.version(roundId);
        Map<String, List<Answer>> byCountry = answers.answersByCountry(roundId);
        Map<String, RecipientStatus> statuses = rounds.recipients(roundId).stream()
                .collect(Collectors.toMap(Recipient::countryCode, Recipient::status));
        Messages messages = new Messages(lang);
        return layout == Layout.WIDE ? wide(version, byCountry, statuses, lang, messages)
                : long_(version, byCountry, statuses, lang, messages);
    }

    private Table wide(TemplateVersion version, Map<String, List<Answer>> byCountry,
                       Map<String, RecipientStatus> statuses, Lang lang, Messages messages) {
        Set<String> noted = byCountry.values().stream().flatMap(List::stream).filter(a -> !a.note().isEmpty())
                .map(Answer::questionCode).collect(Collectors.toCollection(HashSet::new));
        List<String> header = new ArrayList<>(List.of(messages.get("questionnaire.answers.column.country"),
                messages.get("questionnaire.answers.column.countryName"),
                messages.get("questionnaire.answers.column.status"),
                messages.get("questionnaire.answers.column.answered")));
        List<String> keys = new ArrayList<>();
        for (Question q : version.questions()) {
            for (String key : AnswerKeys.of(q)) {
                keys.add(key);
                header.add(heading(q, key, lang) + " [" + key + "]");
            }
            if (noted.contains(q.code())) {
                keys.add(AnswerCell.noteKey(q.code()));
                header.add(messages.get("questionnaire.answers.column.noteOf", q.label().in(lang))
                        + " [" + AnswerCell.noteKey(q.code()) + "]");
            }
        }
        List<List<String>> rows = new ArrayList<>();
        byCountry.forEach((country, list) -> {
            Map<String, Answer> byCode = list.stream().collect(Collectors.toMap(Answer::questionCode, a -> a));
            Completeness c = AnswerService.completeness(version, list);
            List<String> row = new ArrayList<>(List.of(country, countryName(country, lang),
                    messages.name(statuses.get(country)), c.answered() + "/" + c.questions()));
            for (String key : keys) {
                String code = AnswerKeys.questionCode(key);
                Answer a = byCode.get(code);
                Question q = version.question(code).orElseThrow();
                row.add(a == null ? "" : key.endsWith("#note") ? a.note()
                        : AnswerValues.display(q, a.values().getOrDefault(key, ""), lang));
            }
            rows.add(row);
        });
        return new Table(header, rows);
    }

    private Table long_(TemplateVersion version, Map<String, List<Answer>> byCountry,
                        Map<String, RecipientStatus> statuses, Lang lang, Messages messages) {
        List<String> header = List.of("country", "country_name", "status", "section", "question", "question_label",
                "key", "row", "column", "choice", "value", "value_code", "unit", "national_definition_note",
                "review", "review_comment", "source");
        Map<String, Section> sectionOf = new LinkedHashMap<>();
        version.sections().forEach(s -> s.questions().forEach(q -> sectionOf.put(q.code(), s)));
        List<List<String>> rows = new ArrayList<>();
        byCountry.forEach((country, list) -> {
            for (Answer a : list) {
                Optional<Question> found = version.question(a.questionCode());
                if (found.isEmpty()) {
                    continue;
                }
                Question q = found.get();
                Map<String, String> values = a.values().isEmpty() ? Map.of(q.code(), "") : a.values();
                values.forEach((key, value) -> {
                    // a note without values has no row, column or choice to name
                    String[] parts = key.split(":", -1);
                    boolean cell = parts.length == 3 && q.type() == QuestionType.TABLE;
                    boolean option = parts.length == 2 && q.type() == QuestionType.MULTIPLE_CHOICE;
                    String row = cell ? label(q.rows(), parts[1], lang) : "";
                    String column = cell ? label(q.columns(), parts[2], lang) : "";
                    String choice = option ? label(q.choices(), parts[1], lang) : "";
                    rows.add(List.of(country, countryName(country, lang), messages.name(statuses.get(country)),
                            sectionOf.get(q.code()).title().in(lang), q.code(), q.label().in(lang), key, row, column,
                            choice, AnswerValues.display(q, value, lang), value, q.unit(), a.note(),
                            messages.name(a.review()), a.reviewComment(), messages.name(a.source())));
                });
            }
        });
        return new Table(header, rows);
    }

    /** The label of a value key: the question's, then the choice, or the table's row and column. */
    private static String heading(Question q, String key, Lang lang) {
        String[] parts = key.split(":", -1);
        String label = q.label().in(lang);
        return switch (q.type()) {
            case MULTIPLE_CHOICE -> label + " \u2014 " + label(q.choices(), parts[1], lang);
            case TABLE -> label + " \u2014 " + label(q.rows(), parts[1], lang) + " \u2014 "
                    + label(q.columns(), parts[2], lang);
            default -> label;
        };
    }

    private static String label(List<Choice> options, String code, Lang lang) {
        return options.stream().filter(c -> c.code().equals(code)).findFirst().map(c -> c.label().in(lang))
                .orElse(code);
    }

    private String countryName(String code, Lang lang) {
        return roster.countryName(code).map(n -> n.in(lang)).orElse(code);
    }
}
