package org.dialoguedesk.questionnaire.ui;

import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import org.dialoguedesk.common.Lang;
import org.dialoguedesk.common.table.TableFileFormat;
import org.dialoguedesk.questionnaire.AnswerTables;
import org.dialoguedesk.ui.Cells;
import org.dialoguedesk.ui.FormLayout;
import org.dialoguedesk.ui.I18n;

/** The answer export form. */
public final class AnswerExportView {

    private AnswerExportView() {
    }

    public static Node of(AnswerExportFormModel model, I18n i18n) {
        ComboBox<AnswerTables.Layout> layout = new ComboBox<>(FXCollections.observableArrayList(
                AnswerTables.Layout.values()));
        layout.setId("answers-export-layout");
        Cells.nameItems(layout, model::label, "");
        layout.valueProperty().bindBidirectional(model.layoutProperty());
        ComboBox<TableFileFormat> format = new ComboBox<>(FXCollections.observableArrayList(TableFileFormat.values()));
        format.setId("answers-export-format");
        Cells.nameItems(format, model::label, "");
        format.valueProperty().bindBidirectional(model.formatProperty());
        ComboBox<Lang> lang = new ComboBox<>(FXCollections.observableArrayList(Lang.values()));
        lang.setId("answers-export-lang");
        Cells.nameItems(lang, i18n::name, "");
        lang.valueProperty().bindBidirectional(model.langProperty());
        return new FormLayout()
                .field(i18n.get("questionnaire.ui.export.layout"), layout)
                .field(i18n.get("questionnaire.ui.export.format"), format)
                .field(i18n.get("questionnaire.ui.export.lang"), lang)
                .node();
    }
}
