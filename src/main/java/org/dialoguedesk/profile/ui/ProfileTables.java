package org.dialoguedesk.profile.ui;

import java.util.EnumMap;
import java.util.Map;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.ContentDisplay;
import javafx.scene.layout.VBox;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.dialoguedesk.common.Lang;
import org.dialoguedesk.profile.TranslationState;
import org.dialoguedesk.ui.Cells;
import org.dialoguedesk.ui.I18n;
import org.dialoguedesk.ui.Paragraph;

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
        table.getColumns().add(Cells.wrappingColumn(i18n.get("profile.ui.col.section"), SectionRow::title, 150));
        // the validation under the status: one column less, so the note keeps room to be read
        table.getColumns().add(Cells.wrappingColumn(i18n.get("profile.ui.col.status"), vm::statusText, 150));
        TableColumn<SectionRow, String> access = Cells.column(i18n.get("profile.ui.col.access"),
                r -> i18n.name(r.section().access()), 85);
        access.setMinWidth(80);
        table.getColumns().add(access);
        table.getColumns().add(translations(vm, i18n.get("profile.ui.col.translations")));
        table.getColumns().add(note(i18n.get("profile.ui.col.note")));
        return table;
    }

    /** How the section stands in each language, a line each: a marker and a word, tinted by the state as well. */
    private static TableColumn<SectionRow, SectionRow> translations(ProfilesViewModel vm, String title) {
        TableColumn<SectionRow, SectionRow> c = new TableColumn<>(title);
        c.setId("col-translations");
        c.setPrefWidth(140);
        c.setMinWidth(120);
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue()));
        c.setCellFactory(col -> new TableCell<>() {
            private final Map<Lang, Paragraph> lines = new EnumMap<>(Lang.class);
            private final VBox box = new VBox(2);

            {
                for (Lang lang : Lang.values()) {
                    Paragraph p = new Paragraph();
                    p.getStyleClass().add("translation-state");
                    p.setId("translation-" + lang.code());
                    lines.put(lang, p);
                    box.getChildren().add(p);
                }
                setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
            }

            @Override
            protected void updateItem(SectionRow item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                StringBuilder all = new StringBuilder();
                for (Lang lang : Lang.values()) {
                    TranslationState state = item.state(lang);
                    Paragraph p = lines.get(lang);
                    String line = vm.stateLine(lang, state);
                    p.setText(line);
                    all.append(line).append('\n');
                    p.getStyleClass().removeAll("translation-current", "translation-stale", "translation-missing");
                    p.getStyleClass().add(switch (state) {
                        case CURRENT -> "translation-current";
                        case STALE -> "translation-stale";
                        case MISSING -> "translation-missing";
                    });
                }
                // the cell's own text is kept for tests and screen readers
                setText(all.toString().strip());
                setGraphic(box);
            }
        });
        return c;
    }

    /**
     * The status note, written by an officer in any language: it wraps, and reads left to right unless
     * it is Arabic, so a French note keeps its full stop at its end in an Arabic window.
     */
    private static TableColumn<SectionRow, String> note(String title) {
        return Cells.ownDirectionColumn(title, r -> r.section().statusNote(), 180);
    }
}
