package org.dialoguedesk.questionnaire.ui;

import javafx.scene.Node;
import javafx.scene.control.TextArea;
import org.dialoguedesk.ui.FormLayout;
import org.dialoguedesk.ui.I18n;
import org.dialoguedesk.ui.Paragraph;

/** The flag form: the answer in question, and the comment. */
public final class FlagFormView {

    private FlagFormView() {
    }

    public static Node of(FlagFormModel model, I18n i18n) {
        TextArea comment = new TextArea();
        comment.setId("flag-comment");
        comment.setWrapText(true);
        comment.setPrefRowCount(4);
        comment.textProperty().bindBidirectional(model.commentProperty());
        return new FormLayout()
                .wide(new Paragraph(i18n.text(model.row().question().label()) + ": " + model.row().summary()))
                .field(i18n.get("questionnaire.ui.flag.comment"), comment, model.errors().of("comment"))
                .node();
    }
}
