package org.dialoguedesk.questionnaire.ui;

import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.dialoguedesk.questionnaire.ui.XlsFormImportFormModel.NoteRow;
import org.dialoguedesk.ui.Cells;
import org.dialoguedesk.ui.FormLayout;
import org.dialoguedesk.ui.I18n;
import org.dialoguedesk.ui.Paragraph;

/** The XLSForm import report: what the file becomes, then what was not kept, by sheet and cell. */
final class XlsFormImportView {

    private XlsFormImportView() {
    }

    static Node of(XlsFormImportFormModel model, I18n i18n) {
        Paragraph summary = new Paragraph(model.summary());
        summary.setId("xlsform-import-summary");
        summary.getStyleClass().add("import-summary");
        Paragraph heading = new Paragraph(model.notKeptHeading());
        heading.setId("xlsform-import-heading");
        heading.getStyleClass().add("import-heading");
        TableView<NoteRow> notes = new TableView<>(FXCollections.observableArrayList(model.notes()));
        notes.setId("xlsform-import-notes");
        notes.setPlaceholder(new Label(i18n.get("questionnaire.ui.import.report.allKept")));
        notes.getColumns().add(Cells.column(i18n.get("questionnaire.ui.import.report.sheet"), NoteRow::sheet, 100));
        notes.getColumns().add(Cells.ltrColumn(i18n.get("questionnaire.ui.import.report.cell"), NoteRow::cell, 70));
        notes.getColumns().add(Cells.wrappingColumn(i18n.get("questionnaire.ui.import.report.what"),
                NoteRow::message, 520));
        notes.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        notes.setPrefHeight(model.notes().isEmpty() ? 90 : 320);
        VBox.setVgrow(notes, Priority.ALWAYS);
        Paragraph error = FormLayout.problemText(model.errorProperty());
        error.setId("xlsform-import-error");
        VBox box = new VBox(10, summary, heading, notes, error);
        box.setPrefWidth(760);
        return box;
    }
}
