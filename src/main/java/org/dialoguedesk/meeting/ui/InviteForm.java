package org.dialoguedesk.meeting.ui;

import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.layout.FlowPane;
import org.dialoguedesk.meeting.InvitationGroup;
import org.dialoguedesk.meeting.InvitationPreview;
import org.dialoguedesk.meeting.RosterInvitation;
import org.dialoguedesk.ui.Cells;
import org.dialoguedesk.ui.FormErrors;
import org.dialoguedesk.ui.FormLayout;
import org.dialoguedesk.ui.I18n;
import org.dialoguedesk.ui.Paragraph;

/** The invite-from-the-roster form: seats, groups, and the plan previewed delegation by delegation. */
public final class InviteForm {

    private InviteForm() {
    }

    public static Node of(InviteFormModel model, I18n i18n) {
        Spinner<Integer> seats = new Spinner<>(1, RosterInvitation.MAX_SEATS, model.seatsProperty().get());
        seats.setId("invite-seats");
        seats.setPrefWidth(90);
        seats.valueProperty().addListener((o, was, is) -> model.seatsProperty().set(is));
        FlowPane groups = new FlowPane(12, 6);
        groups.setId("invite-groups");
        for (InvitationGroup g : InvitationGroup.values()) {
            CheckBox box = new CheckBox(i18n.name(g));
            box.setId("invite-group-" + g.key());
            box.selectedProperty().bindBidirectional(model.groupProperty(g));
            groups.getChildren().add(box);
        }
        ListView<InvitationPreview.Entry> preview = new ListView<>(model.preview());
        preview.setId("invite-preview");
        preview.setCellFactory(Cells.named(e -> e.notes().isEmpty() ? e.line()
                : e.line() + "\n    " + String.join("\n    ", e.notes())));
        preview.setPrefSize(620, 340);
        Paragraph summary = new Paragraph();
        summary.setId("invite-summary");
        summary.textProperty().bind(model.summaryProperty());
        return new FormLayout()
                .field(i18n.get("meeting.ui.invite.seats"), seats, model.errors().of("seats"))
                .field(i18n.get("meeting.ui.invite.groups"), groups, model.errors().of("groups"))
                .field(i18n.get("meeting.ui.invite.preview"), preview)
                .wide(summary)
                .wide(FormLayout.problemText(model.errors().of(FormErrors.GENERAL)))
                .node();
    }
}
