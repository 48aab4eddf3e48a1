package org.dialoguedesk.app;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.dialoguedesk.common.DeskException;
import org.dialoguedesk.common.Messages;
import org.dialoguedesk.common.Problem;
import org.dialoguedesk.common.ValidationException;
import org.dialoguedesk.common.table.Table;
import org.dialoguedesk.questionnaire.AnswerKeys;
import org.dialoguedesk.questionnaire.AnswerService;
import org.dialoguedesk.questionnaire.ReviewState;

/**
 * The sample round's answers of {@code questionnaire-answers.csv}, typed in and reviewed through the
 * answer service as an officer would, never written to the store directly. The file is long: one row
 * per answer value ({@code country,key,value,note,review,comment}). The rows of one country's question
 * follow each other; the review is repeated on each of them, while the "national definition differs"
 * note and the review comment sit on the question's first row only. Any bad row stops the load with the
 * file, row and column: it runs in the first-start transaction, so nothing of it stays behind.
 */
final class SampleAnswers {

    static final String FILE = "questionnaire-answers.csv";
    private static final List<String> COLUMNS = List.of("country", "key", "value", "note", "review", "comment");

    private final AnswerService answers;

    SampleAnswers(AnswerService answers) {
        this.answers = answers;
    }

    /** One country's answer to one question, gathered from its rows, with the file row of each key. */
    private static final class Group {
        final String country;
        final String question;
        final int firstRow;
        final ReviewState review;
        final String note;
        final String comment;
        final Map<String, String> values = new LinkedHashMap<>();
        final Map<String, Integer> rowOfKey = new LinkedHashMap<>();

        Group(String country, String question, int firstRow, ReviewState review, String note, String comment) {
            this.country = country;
            this.question = question;
            this.firstRow = firstRow;
            this.review = review;
            this.note = note;
            this.comment = comment;
        }

        boolean holds(String otherCountry, String otherQuestion) {
            return country.equals(otherCountry) && question.equals(otherQuestion);
        }
    }

    void load(UUID roundId, Table table) {
        for (String column : COLUMNS) {
            if (!table.header().contains(column)) {
                throw failure(1, column, "the column is missing");
            }
        }
        Map<String, List<Group>> byCountry = new LinkedHashMap<>();
        for (Group g : groups(table)) {
            byCountry.computeIfAbsent(g.country, c -> new ArrayList<>()).add(g);
        }
        byCountry.forEach((country, groups) -> load(roundId, country, groups));
    }

    /**
     * One country's answers. Plain acceptances go through one {@code acceptPending} rather than one
     * review per question, so the answers meant to stay PENDING are typed in only after it.
     */
    private void load(UUID roundId, String country, List<Group> groups) {
        List<Group> pending = new ArrayList<>();
        boolean accept = false;
        for (Group g : groups) {
            if (g.review == ReviewState.PENDING) {
                pending.add(g);
                continue;
            }
            type(roundId, g);
            if (g.review == ReviewState.FLAGGED || !g.comment.isEmpty()) {
                review(roundId, g);
            } else {
                accept = true;
            }
        }
        if (accept) {
            answers.acceptPending(roundId, country);
        }
        for (Group g : pending) {
            type(roundId, g);
        }
    }

    private static List<Group> groups(Table table) {
        List<String> h = table.header();
        List<Group> groups = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Group current = null;
        for (int i = 0; i < table.rows().size(); i++) {
            List<String> row = table.rows().get(i);
            int n = table.rowNumber(i);
            String country = Table.cell(row, h.indexOf("country")).strip().toUpperCase(Locale.ROOT);
            String key = Table.cell(row, h.indexOf("key")).strip();
            String value = Table.cell(row, h.indexOf("value"));
            String note = Table.cell(row, h.indexOf("note")).strip();
            String comment = Table.cell(row, h.indexOf("comment")).strip();
            if (country.isEmpty()) {
                throw failure(n, "country", "the country is empty");
            }
            if (key.isEmpty()) {
                throw failure(n, "key", "the answer key is empty");
            }
            if (value.isBlank()) {
                throw failure(n, "value", "the value is empty; leave out the row of a value not given");
            }
            ReviewState review = review(Table.cell(row, h.indexOf("review")), n);
            String question = AnswerKeys.questionCode(key);
            if (current == null || !current.holds(country, question)) {
                if (!seen.add(country + " " + question)) {
                    throw failure(n, "key", "the rows of " + country + " " + question
                            + " must follow each other, and an earlier row already ended them");
                }
                if (review == ReviewState.FLAGGED && comment.isEmpty()) {
                    throw failure(n, "comment", "a FLAGGED answer needs a comment saying what is wrong");
                }
                current = new Group(country, question, n, review, note, comment);
                groups.add(current);
            } else {
                if (review != current.review) {
                    throw failure(n, "review", "the review of " + question + " is " + current.review
                            + " on row " + current.firstRow + ", the question's first row");
                }
                if (!note.isEmpty() || !comment.isEmpty()) {
                    throw failure(n, note.isEmpty() ? "comment" : "note", "the note and the comment belong on "
                            + "the question's first row (row " + current.firstRow + ")");
                }
            }
            if (current.values.containsKey(key)) {
                throw failure(n, "key", "the key " + key + " is on row " + current.rowOfKey.get(key) + " already");
            }
            current.values.put(key, value);
            current.rowOfKey.put(key, n);
        }
        return groups;
    }

    private static ReviewState review(String text, int row) {
        try {
            return ReviewState.valueOf(text.strip());
        } catch (IllegalArgumentException e) {
            throw failure(row, "review", "\u201C" + text + "\u201D is not PENDING, ACCEPTED or FLAGGED");
        }
    }

    private void type(UUID roundId, Group g) {
        try {
            answers.type(roundId, g.country, g.question, g.values, g.note);
        } catch (ValidationException e) {
            Problem p = e.problems().get(0);
            Integer row = g.rowOfKey.get(p.field());
            String column = row == null ? (p.field().equals("country") ? "country" : "key")
                    : p.messageKey().endsWith(".unknownKey") ? "key" : "value";
            throw failure(row != null ? row : g.firstRow, column, Messages.english().format(p));
        }
    }

    private void review(UUID roundId, Group g) {
        try {
            answers.review(roundId, g.country, g.question, g.review, g.comment);
        } catch (ValidationException e) {
            throw failure(g.firstRow, "review", Messages.english().format(e.problems().get(0)));
        }
    }

    private static DeskException failure(int row, String column, String problem) {
        return new DeskException(Messages.english().get("import.sample.failed", FILE, String.valueOf(row), column,
                problem));
    }
}
