package org.dialoguedesk.roster.ui;

import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.dialoguedesk.roster.ui.CountryViewModel.MembershipRow;
import org.dialoguedesk.ui.Cells;
import org.dialoguedesk.ui.I18n;

/** Tables and titled sections that several roster pages show alike (a country's, an organisation's). */
final class RosterTables {

    private RosterTables() {
    }

    /** Memberships in the dialogues: dialogue, role, from, to. */
    static TableView<MembershipRow> memberships(I18n i18n, ObservableList<MembershipRow> rows, String id,
                                                String placeholderKey) {
        TableView<MembershipRow> ms = new TableView<>(rows);
        ms.setId(id);
        ms.getColumns().add(Cells.column(i18n.get("roster.ui.country.dialogue"), MembershipRow::dialogue, 160));
        ms.getColumns().add(Cells.column(i18n.get("roster.ui.members.role"), MembershipRow::role, 150));
        ms.getColumns().add(Cells.column(i18n.get("roster.ui.members.from"), r -> i18n.date(r.from()), 110));
        ms.getColumns().add(Cells.column(i18n.get("roster.ui.members.to"), r -> i18n.date(r.to()), 110));
        ms.setPlaceholder(new Label(i18n.get(placeholderKey)));
        ms.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        return ms;
    }

    /** A table under its section title, growing with the page. */
    static VBox section(I18n i18n, String titleKey, TableView<?> table) {
        Label title = new Label(i18n.get(titleKey));
        title.getStyleClass().add("section-title");
        VBox.setVgrow(table, Priority.ALWAYS);
        table.setPrefHeight(200);
        VBox box = new VBox(6, title, table);
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }
}
