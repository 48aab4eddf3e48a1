package org.dialoguedesk.meeting.ui;

import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import org.dialoguedesk.meeting.ui.MeetingRows.ChecklistRow;
import org.dialoguedesk.meeting.ui.MeetingRows.MeetingRow;
import org.dialoguedesk.meeting.ui.MeetingRows.ParticipantRow;
import org.dialoguedesk.meeting.ui.MeetingRows.SessionRow;
import org.dialoguedesk.ui.Cells;
import org.dialoguedesk.ui.I18n;

/** The meetings screen's tables; titles and names are typed by officers in any script, so they keep their own direction. */
final class MeetingTables {

    private MeetingTables() {
    }

    static TableView<MeetingRow> meetings(ObservableList<MeetingRow> rows, I18n i18n) {
        TableView<MeetingRow> t = table("meeting-list", rows, i18n);
        t.getColumns().add(Cells.ownDirectionColumn(i18n.get("meeting.ui.col.title"), MeetingRow::title, 360));
        t.getColumns().add(Cells.column(i18n.get("meeting.ui.col.dialogue"), MeetingRow::dialogue, 110));
        t.getColumns().add(Cells.column(i18n.get("meeting.ui.col.type"), MeetingRow::type, 130));
        t.getColumns().add(Cells.column(i18n.get("meeting.ui.col.dates"), MeetingRow::dates, 200));
        t.getColumns().add(Cells.column(i18n.get("meeting.ui.col.city"), MeetingRow::city, 110));
        t.getColumns().add(Cells.column(i18n.get("meeting.ui.col.status"), MeetingRow::status, 100));
        return t;
    }

    static TableView<SessionRow> sessions(ObservableList<SessionRow> rows, I18n i18n) {
        TableView<SessionRow> t = table("meeting-agenda", rows, i18n);
        t.getColumns().add(Cells.column(i18n.get("meeting.ui.col.day"), SessionRow::day, 110));
        t.getColumns().add(Cells.ltrColumn(i18n.get("meeting.ui.col.time"), SessionRow::time, 100));
        t.getColumns().add(Cells.ownDirectionColumn(i18n.get("meeting.ui.col.session"), SessionRow::title, 280));
        t.getColumns().add(Cells.column(i18n.get("meeting.ui.col.kind"), SessionRow::kind, 110));
        t.getColumns().add(Cells.ownDirectionColumn(i18n.get("meeting.ui.col.chair"), SessionRow::chair, 170));
        t.getColumns().add(Cells.ownDirectionColumn(i18n.get("meeting.ui.col.speakers"), SessionRow::speakers, 240));
        return t;
    }

    static TableView<ParticipantRow> participants(ObservableList<ParticipantRow> rows, I18n i18n) {
        TableView<ParticipantRow> t = table("meeting-participants", rows, i18n);
        t.getColumns().add(Cells.ownDirectionColumn(i18n.get("meeting.ui.col.name"), ParticipantRow::name, 160));
        t.getColumns().add(Cells.ownDirectionColumn(i18n.get("meeting.ui.col.nameAr"), ParticipantRow::nameAr, 120));
        t.getColumns().add(Cells.wrappingColumn(i18n.get("meeting.ui.col.delegation"), ParticipantRow::delegation,
                140));
        t.getColumns().add(Cells.column(i18n.get("meeting.ui.col.category"), ParticipantRow::category, 105));
        t.getColumns().add(Cells.column(i18n.get("meeting.ui.col.role"), ParticipantRow::role, 125));
        t.getColumns().add(Cells.column(i18n.get("meeting.ui.col.participantStatus"), ParticipantRow::status, 80));
        t.getColumns().add(Cells.wrappingColumn(i18n.get("meeting.ui.col.visa"), ParticipantRow::visa, 160));
        t.getColumns().add(Cells.column(i18n.get("meeting.ui.col.funded"), ParticipantRow::funded, 55));
        return t;
    }

    static TableView<ChecklistRow> checklist(ObservableList<ChecklistRow> rows, I18n i18n) {
        TableView<ChecklistRow> t = table("meeting-checklist", rows, i18n);
        t.getColumns().add(Cells.column(i18n.get("meeting.ui.col.item"), ChecklistRow::kind, 220));
        t.getColumns().add(Cells.column(i18n.get("meeting.ui.col.due"), ChecklistRow::due, 130));
        t.getColumns().add(Cells.column(i18n.get("meeting.ui.col.done"), ChecklistRow::done, 130));
        t.getColumns().add(Cells.ownDirectionColumn(i18n.get("meeting.ui.col.note"), ChecklistRow::note, 300));
        // an overdue item is marked on its whole row, by a class the theme colours
        t.setRowFactory(table -> new TableRow<>() {
            @Override
            protected void updateItem(ChecklistRow item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("overdue");
                if (!empty && item != null && item.overdue()) {
                    getStyleClass().add("overdue");
                }
            }
        });
        return t;
    }

    private static <R> TableView<R> table(String id, ObservableList<R> rows, I18n i18n) {
        TableView<R> t = new TableView<>(rows);
        t.setId(id);
        t.setPlaceholder(new Label(i18n.get("meeting.ui.table.empty")));
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        return t;
    }
}
