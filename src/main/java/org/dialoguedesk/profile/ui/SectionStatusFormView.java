package org.dialoguedesk.profile.ui;

import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextField;
import org.dialoguedesk.profile.SectionStatus;
import org.dialoguedesk.ui.Cells;
import org.dialoguedesk.ui.FormErrors;
import org.dialoguedesk.ui.FormLayout;
import org.dialoguedesk.ui.I18n;
import org.dialoguedesk.ui.Paragraph;

/** The section status form: where it stands, its next status, who validated it, the date and a note. */
public final class SectionStatusFormView {

    private SectionStatusFormView() {
    }

    public static Node of(SectionStatusFormModel model, I18n i18n) {
        Paragraph current = new Paragraph(model.current());
        current.setId("section-status-current");
        ComboBox<SectionStatus> status = new ComboBox<>(model.choices());
        status.setId("section-status-next");
        status.setMaxWidth(Double.MAX_VALUE);
        Cells.nameItems(status, i18n::name, "");
        status.valueProperty().bindBidirectional(model.statusProperty());
        TextField by = new TextField();
        by.setId("section-status-by");
        by.setPromptText(i18n.get("profile.ui.status.by.prompt"));
        by.textProperty().bindBidirectional(model.byProperty());
        // disabled rather than hidden: a hidden field would leave its label alone on the form
        by.disableProperty().bind(model.asksValidator().not());
        DatePicker date = new DatePicker();
        date.setId("section-status-date");
        date.setConverter(i18n.dateConverter());
        date.valueProperty().bindBidirectional(model.dateProperty());
        TextField note = new TextField();
        note.setId("section-status-note");
        note.setPromptText(i18n.get("profile.ui.status.note.prompt"));
        note.textProperty().bindBidirectional(model.noteProperty());
        return new FormLayout()
                .field(i18n.get("profile.ui.status.now"), current)
                .field(i18n.get("profile.ui.status.next"), status, model.errors().of("status"))
                .field(i18n.get("profile.ui.status.by"), by, model.errors().of("by"))
                .field(i18n.get("profile.ui.status.date"), date, model.errors().of("date"))
                .field(i18n.get("profile.ui.status.note"), note, model.errors().of(FormErrors.GENERAL))
                .node();
    }
}
