package org.dialoguedesk.questionnaire.ui;

import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextField;
import org.dialoguedesk.questionnaire.RecipientStatus;
import org.dialoguedesk.ui.Cells;
import org.dialoguedesk.ui.FormErrors;
import org.dialoguedesk.ui.FormLayout;
import org.dialoguedesk.ui.I18n;
import org.dialoguedesk.ui.Paragraph;

/** The change-status form: where the recipient stands now, then its next status, the date and a note. */
public final class RoundStatusFormView {

    private RoundStatusFormView() {
    }

    public static Node of(RoundStatusFormModel model, I18n i18n) {
        Paragraph current = new Paragraph(model.current());
        current.setId("status-current");
        ComboBox<RecipientStatus> status = new ComboBox<>(model.choices());
        status.setId("status-next");
        status.setMaxWidth(Double.MAX_VALUE);
        Cells.nameItems(status, i18n::name, "");
        status.valueProperty().bindBidirectional(model.statusProperty());
        DatePicker date = new DatePicker();
        date.setId("status-date");
        date.setConverter(i18n.dateConverter());
        date.valueProperty().bindBidirectional(model.dateProperty());
        TextField note = new TextField();
        note.setId("status-note");
        note.setPromptText(i18n.get("questionnaire.rounds.status.note.prompt"));
        note.textProperty().bindBidirectional(model.noteProperty());
        return new FormLayout()
                .field(i18n.get("questionnaire.rounds.status.now"), current)
                .field(i18n.get("questionnaire.rounds.status.next"), status, model.errors().of("status"))
                .field(i18n.get("questionnaire.rounds.status.date"), date, model.errors().of("date"))
                .field(i18n.get("questionnaire.rounds.status.note"), note, model.errors().of(FormErrors.GENERAL))
                .node();
    }
}
