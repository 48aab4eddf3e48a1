package org.dialoguedesk.questionnaire.ui;

import java.util.ArrayList;
import java.util.List;
import org.dialoguedesk.common.Lang;
import org.dialoguedesk.questionnaire.Answer;
import org.dialoguedesk.questionnaire.AnswerCell;
import org.dialoguedesk.questionnaire.AnswerKeys;
import org.dialoguedesk.questionnaire.AnswerValues;
import org.dialoguedesk.questionnaire.Choice;
import org.dialoguedesk.questionnaire.Question;
import org.dialoguedesk.questionnaire.QuestionType;
import org.dialoguedesk.questionnaire.ReviewState;

/**
 * One question of a country's answers as the review table shows it: the question, a one-line summary
 * of the answer in the officer's language, and (for the detail pane) every value with its row, column
 * or choice. {@code answer} is null for a question not answered.
 */
public record AnswerRow(String section, Question question, Answer answer, String summary, List<String> details) {

    static AnswerRow of(String section, Question q, Answer a, Lang lang, String yesWord) {
        List<String> details = new ArrayList<>();
        String summary = "";
        if (a != null) {
            switch (q.type()) {
                case TABLE -> {
                    for (Choice row : q.rows()) {
                        List<String> cells = new ArrayList<>();
                        for (Choice col : q.columns()) {
                            String v = a.values().get(AnswerCell.tableKey(q.code(), row.code(), col.code()));
                            cells.add(col.label().in(lang) + ": " + (v == null ? "\u2014" : v));
                        }
                        details.add(row.label().in(lang) + " \u2014 " + String.join(" \u00b7 ", cells));
                    }
                    summary = a.values().size() + "/" + AnswerKeys.of(q).size();
                }
                case MULTIPLE_CHOICE -> {
                    List<String> chosen = q.choices().stream().filter(c -> AnswerValues.YES.equals(
                            a.values().get(AnswerCell.choiceKey(q.code(), c.code())))).map(c -> c.label().in(lang))
                            .toList();
                    summary = String.join(", ", chosen);
                    details.addAll(chosen.stream().map(c -> c + ": " + yesWord).toList());
                }
                default -> {
                    summary = AnswerValues.display(q, a.values().getOrDefault(q.code(), ""), lang);
                    details.add(summary);
                }
            }
        }
        return new AnswerRow(section, q, a, summary, List.copyOf(details));
    }

    public String code() {
        return question.code();
    }

    public boolean answered() {
        return answer != null && !answer.values().isEmpty();
    }

    /** The review of the answer; null when there is no answer to review. */
    public ReviewState review() {
        return answer == null ? null : answer.review();
    }

    public String note() {
        return answer == null ? "" : answer.note();
    }

    public String comment() {
        return answer == null ? "" : answer.reviewComment();
    }

    public boolean required() {
        return question.required();
    }

    public boolean isTable() {
        return question.type() == QuestionType.TABLE;
    }
}
