package org.dialoguedesk.roster.ui;

import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import org.dialoguedesk.roster.ContactExport;
import org.dialoguedesk.roster.Dialogue;
import org.dialoguedesk.ui.Cells;
import org.dialoguedesk.ui.FormLayout;
import org.dialoguedesk.ui.I18n;

/** The export form: format, and optionally one dialogue. */
public final class ExportFormView {

    private ExportFormView() {
    }

    public static Node of(ExportFormModel model, I18n i18n) {
        ComboBox<ContactExport.Format> format = new ComboBox<>(model.formats());
        format.setId("export-format");
        format.setMaxWidth(Double.MAX_VALUE);
        Cells.nameItems(format, model::label, "");
        format.valueProperty().bindBidirectional(model.formatProperty());
        ComboBox<Dialogue> dialogue = new ComboBox<>(model.dialogues());
        dialogue.setId("export-dialogue");
        dialogue.setMaxWidth(Double.MAX_VALUE);
        Cells.nameItems(dialogue, model::label, model.label((Dialogue) null));
        dialogue.valueProperty().bindBidirectional(model.dialogueProperty());
        return new FormLayout()
                .field(i18n.get("roster.ui.export.format"), format)
                .field(i18n.get("roster.ui.export.dialogue"), dialogue)
                .node();
    }
}
