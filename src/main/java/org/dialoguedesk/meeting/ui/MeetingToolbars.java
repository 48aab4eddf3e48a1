package org.dialoguedesk.meeting.ui;

import java.util.function.Consumer;
import javafx.beans.binding.BooleanExpression;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.dialoguedesk.meeting.ui.MeetingRows.MeetingRow;
import org.dialoguedesk.meeting.ui.MeetingRows.ParticipantRow;
import org.dialoguedesk.meeting.ui.MeetingRows.SessionRow;
import org.dialoguedesk.ui.ActionButtons;
import org.dialoguedesk.ui.I18n;

/**
 * The editing buttons of the meetings screen: new and edit meeting above the list, add, edit and
 * delete session above the agenda, add and edit participant in the participants' bar. A double
 * click on a row edits it. Buttons are enabled by their table's selection only.
 */
final class MeetingToolbars {

    private MeetingToolbars() {
    }

    /** The meetings list under its buttons; editing needs a meeting chosen. */
    static Node meetings(MeetingsViewModel vm, I18n i18n, TableView<MeetingRow> list) {
        Button add = ActionButtons.of("meeting-new", i18n.get("meeting.edit.meeting.new"), vm::newMeeting);
        Button edit = ActionButtons.of("meeting-edit", i18n.get("meeting.edit.meeting.edit"), vm::editMeeting);
        edit.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        onDoubleClick(list, row -> vm.editMeeting());
        return withBar(list, add, edit);
    }

    /** The agenda under its buttons; adding needs a meeting chosen, editing and deleting a session. */
    static Node agenda(MeetingsViewModel vm, I18n i18n, TableView<SessionRow> agenda, TableView<MeetingRow> list) {
        Button add = ActionButtons.of("session-add", i18n.get("meeting.edit.session.addButton"), vm::addSession);
        Button edit = ActionButtons.of("session-edit", i18n.get("meeting.edit.session.editButton"),
                () -> vm.editSession(agenda.getSelectionModel().getSelectedItem()));
        Button delete = ActionButtons.of("session-delete", i18n.get("meeting.edit.session.deleteButton"),
                () -> vm.deleteSession(agenda.getSelectionModel().getSelectedItem()));
        add.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        BooleanExpression none = agenda.getSelectionModel().selectedItemProperty().isNull();
        edit.disableProperty().bind(none);
        delete.disableProperty().bind(none);
        onDoubleClick(agenda, vm::editSession);
        return withBar(agenda, add, edit, delete);
    }

    /** The add and edit participant buttons, for the participants' bar. */
    static Node[] participants(MeetingsViewModel vm, I18n i18n, TableView<ParticipantRow> participants,
                               TableView<MeetingRow> list) {
        Button add = ActionButtons.of("participant-add", i18n.get("meeting.edit.participant.addButton"),
                vm::addParticipant);
        Button edit = ActionButtons.of("participant-edit", i18n.get("meeting.edit.participant.editButton"),
                () -> vm.editParticipant(participants.getSelectionModel().getSelectedItem()));
        add.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        edit.disableProperty().bind(participants.getSelectionModel().selectedItemProperty().isNull());
        onDoubleClick(participants, vm::editParticipant);
        return new Node[] {add, edit};
    }

    private static Node withBar(TableView<?> table, Button... buttons) {
        HBox bar = new HBox(8, buttons);
        bar.getStyleClass().add("toolbar");
        VBox.setVgrow(table, Priority.ALWAYS);
        return new VBox(6, bar, table);
    }

    /** A double click on a row (not on the empty space under the rows) acts on that row. */
    private static <R> void onDoubleClick(TableView<R> table, Consumer<R> action) {
        table.setRowFactory(t -> {
            TableRow<R> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    action.accept(row.getItem());
                }
            });
            return row;
        });
    }
}
