package org.dialoguedesk.questionnaire.ui;

import java.util.Comparator;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import org.dialoguedesk.questionnaire.StatusChange;
import org.dialoguedesk.ui.Cells;
import org.dialoguedesk.ui.I18n;

/** The board's tables: the recipients of the round, and the status history of one of them. */
final class RoundTables {

    /** On the rows of countries whose answer is late; the status cell also says so in words. */
    static final PseudoClass OVERDUE = PseudoClass.getPseudoClass("overdue");

    private RoundTables() {
    }

    static TableView<RoundRecipientRow> recipients(RoundsViewModel vm, I18n i18n) {
        TableView<RoundRecipientRow> table = new TableView<>(vm.recipients());
        table.setId("round-recipients");
        table.getStyleClass().add("round-recipients");
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(RoundRecipientRow item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(OVERDUE, !empty && item != null && item.overdue());
            }
        });
        table.getColumns().add(Cells.column(i18n.get("questionnaire.rounds.column.country"), RoundRecipientRow::country,
                140));
        table.getColumns().add(Cells.wrappingColumn(i18n.get("questionnaire.rounds.column.focalPoint"),
                r -> r.focalPoint().isEmpty() ? i18n.get("questionnaire.rounds.noFocalPoint.cell") : r.focalPoint(),
                170));
        table.getColumns().add(statusColumn(i18n));
        table.getColumns().add(Cells.column(i18n.get("questionnaire.rounds.column.since"), r -> i18n.date(r.since()),
                100));
        table.getColumns().add(Cells.column(i18n.get("questionnaire.rounds.column.completeness"), vm::completenessText,
                110));
        table.setPlaceholder(new Label(i18n.get("questionnaire.rounds.noRecipients")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        return table;
    }

    /** The status, and an "Overdue" chip on late rows: the highlight is never the only sign. */
    private static TableColumn<RoundRecipientRow, RoundRecipientRow> statusColumn(I18n i18n) {
        TableColumn<RoundRecipientRow, RoundRecipientRow> c = new TableColumn<>(
                i18n.get("questionnaire.rounds.column.status"));
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue()));
        c.setPrefWidth(210);
        c.setComparator(Comparator.comparing(RoundRecipientRow::status));
        c.setCellFactory(col -> new TableCell<>() {
            private final Label status = new Label();
            private final Label overdue = new Label(i18n.get("questionnaire.rounds.overdueMark"));
            private final HBox box = new HBox(8, status, overdue);

            {
                overdue.getStyleClass().add("overdue-chip");
                box.getStyleClass().add("status-cell");
                setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
            }

            @Override
            protected void updateItem(RoundRecipientRow item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                status.setText(i18n.name(item.status()));
                overdue.setVisible(item.overdue());
                overdue.setManaged(item.overdue());
                setText(item.overdue() ? status.getText() + " " + overdue.getText() : status.getText());
                setGraphic(box);
            }
        });
        return c;
    }

    /** Newest change first: status, date, who recorded it, and the note. */
    static TableView<StatusChange> history(ObservableList<StatusChange> rows, I18n i18n) {
        TableView<StatusChange> table = new TableView<>(rows);
        table.setId("recipient-history");
        table.getColumns().add(Cells.column(i18n.get("questionnaire.rounds.column.status"), s -> i18n.name(s.status()),
                190));
        table.getColumns().add(Cells.column(i18n.get("questionnaire.rounds.history.date"), s -> i18n.date(s.on()), 110));
        table.getColumns().add(Cells.column(i18n.get("questionnaire.rounds.history.officer"), StatusChange::officer, 140));
        table.getColumns().add(Cells.wrappingColumn(i18n.get("questionnaire.rounds.history.note"), StatusChange::note,
                300));
        table.setPlaceholder(new Label(i18n.get("questionnaire.rounds.history.none")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        return table;
    }
}
