package org.dialoguedesk.questionnaire.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.dialoguedesk.questionnaire.Answer;
import org.dialoguedesk.questionnaire.AnswerKeys;
import org.dialoguedesk.questionnaire.AnswerService;
import org.dialoguedesk.questionnaire.AnswerValues;
import org.dialoguedesk.questionnaire.Question;
import org.dialoguedesk.ui.FormCompletion;
import org.dialoguedesk.ui.FormErrors;
import org.dialoguedesk.ui.FormModel;
import org.dialoguedesk.ui.I18n;
import org.dialoguedesk.ui.JobRunner;

/**
 * Types in or corrects a country's answer to one question, e.g. from an answer sent by email: one text
 * per answer key (a table's cells, a multiple choice's yes/no per choice), shown in the officer's
 * language, and the "national definition differs" note. Values are checked as a returned form's are;
 * problems show under the value they concern.
 */
public final class AnswerFormModel implements FormModel {

    private final AnswerService answers;
    private final JobRunner jobs;
    private final I18n i18n;
    private final UUID roundId;
    private final String country;
    private final String countryName;
    private final AnswerRow row;
    private final Consumer<Optional<Answer>> onSaved;
    private final Map<String, StringProperty> values = new LinkedHashMap<>();
    private final StringProperty note = new SimpleStringProperty(this, "note", "");
    private final FormErrors errors;
    private final FormCompletion completion = new FormCompletion();

    public AnswerFormModel(AnswerService answers, JobRunner jobs, I18n i18n, UUID roundId, String country,
                           String countryName, AnswerRow row, Consumer<Optional<Answer>> onSaved) {
        this.answers = answers;
        this.jobs = jobs;
        this.i18n = i18n;
        this.roundId = roundId;
        this.country = country;
        this.countryName = countryName;
        this.row = row;
        this.onSaved = onSaved;
        Question q = row.question();
        List<String> keys = AnswerKeys.of(q);
        for (String key : keys) {
            String stored = row.answer() == null ? "" : row.answer().values().getOrDefault(key, "");
            values.put(key, new SimpleStringProperty(this, key, AnswerValues.display(q, stored, i18n.lang())));
        }
        note.set(row.note());
        this.errors = new FormErrors(i18n, keys.toArray(String[]::new));
    }

    @Override
    public String title() {
        return i18n.get("questionnaire.ui.answer.title", row.code(), countryName);
    }

    @Override
    public String submitLabel() {
        return i18n.get("questionnaire.ui.answer.submit");
    }

    @Override
    public void submit() {
        Map<String, String> texts = new LinkedHashMap<>();
        values.forEach((k, v) -> texts.put(k, v.get() == null ? "" : v.get()));
        String noteText = note.get();
        completion.save(jobs, i18n.get("questionnaire.ui.answer.job.save"), errors,
                () -> answers.type(roundId, country, row.code(), texts, noteText), onSaved);
    }

    @Override
    public ReadOnlyBooleanProperty doneProperty() {
        return completion.doneProperty();
    }

    public Question question() {
        return row.question();
    }

    /** The value of one answer key, as text. */
    public StringProperty value(String key) {
        return values.get(key);
    }

    public StringProperty noteProperty() {
        return note;
    }

    public FormErrors errors() {
        return errors;
    }

    public I18n i18n() {
        return i18n;
    }
}
