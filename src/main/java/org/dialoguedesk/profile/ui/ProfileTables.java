package org.dialoguedesk.profile.ui;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.dialoguedesk.common.Lang;
import org.dialoguedesk.profile.TranslationState;
import org.dialoguedesk.ui.Cells;
import org.dialoguedesk.ui.I18n;

/** The sections table of the profiles screen. */
final class ProfileTables {

    private ProfileTables() {
    }

    static TableView<SectionRow> sections(ProfilesViewModel vm, I18n i18n) {
        TableView<SectionRow> table = new TableView<>(vm.sections());
        table.setId("profile-sections");
        table.getStyleClass().add("profile-sections");
        table.setPlaceholder(new javafx.scene.control.Label(i18n.get("profile.ui.sections.none")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(Cells.wrappingColumn(i18n.get("profile.ui.col.section"), SectionRow::title, 200));
        table.getColumns().add(Cells.column(i18n.get("profile.ui.col.status"),
                r -> i18n.name(r.section().status()), 95));
        table.getColumns().add(Cells.column(i18n.get("profile.ui.col.access"),
                r -> i18n.name(r.section().access()), 85));
        table.getColumns().add(Cells.wrappingColumn(i18n.get("profile.ui.col.validated"), vm::validatedText, 120));
        table.getColumns().add(state(vm, Lang.EN, i18n.get("profile.ui.col.en")));
        table.getColumns().add(state(vm, Lang.FR, i18n.get("profile.ui.col.fr")));
        table.getColumns().add(state(vm, Lang.AR, i18n.get("profile.ui.col.ar")));
        table.getColumns().add(Cells.wrappingColumn(i18n.get("profile.ui.col.note"),
                r -> r.section().statusNote(), 160));
        return table;
    }

    /** How the section stands in one language: a marker and a word, tinted by the state as well. */
    private static TableColumn<SectionRow, TranslationState> state(ProfilesViewModel vm, Lang lang, String title) {
        TableColumn<SectionRow, TranslationState> c = new TableColumn<>(title);
        c.setId("col-state-" + lang.code());
        c.setPrefWidth(95);
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue().state(lang)));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(TranslationState item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll("translation-current", "translation-stale", "translation-missing");
                if (empty || item == null) {
                    setText(null);
                    return;
                }
                setText(vm.stateText(item));
                getStyleClass().add(switch (item) {
                    case CURRENT -> "translation-current";
                    case STALE -> "translation-stale";
                    case MISSING -> "translation-missing";
                });
            }
        });
        return c;
    }
}
