package org.dialoguedesk.profile.ui;

import java.util.function.Function;
import javafx.geometry.NodeOrientation;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import org.dialoguedesk.ui.ArabicText;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.dialoguedesk.profile.Indicator;
import org.dialoguedesk.ui.Cells;
import org.dialoguedesk.ui.I18n;

/** The figures table of the section preview: indicator (in the preview language), year, value, unit, source, note. */
final class IndicatorTables {

    private IndicatorTables() {
    }

    static TableView<Indicator> figures(SectionPreviewModel model, I18n i18n) {
        TableView<Indicator> table = new TableView<>(model.indicators());
        table.setId("indicator-table");
        table.getStyleClass().add("indicator-table");
        table.setPlaceholder(new Label(i18n.get("profile.ui.indicator.none")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<Indicator, String> label = Cells.wrappingColumn(i18n.get("profile.ui.indicator.col.indicator"),
                model::label, 230);
        label.setId("col-indicator");
        label.setMinWidth(160);
        TableColumn<Indicator, String> year = Cells.ltrColumn(i18n.get("profile.ui.indicator.col.year"),
                i -> String.valueOf(i.year()), 56);
        year.setMinWidth(50);
        TableColumn<Indicator, String> value = Cells.ltrColumn(i18n.get("profile.ui.indicator.col.value"),
                Indicator::value, 80);
        value.setMinWidth(60);
        value.getStyleClass().add("number-column");
        TableColumn<Indicator, String> unit = oneLine(i18n.get("profile.ui.indicator.col.unit"), Indicator::unit, 70);
        unit.setMinWidth(60);
        TableColumn<Indicator, String> source = oneLine(i18n.get("profile.ui.indicator.col.source"),
                Indicator::source, 80);
        TableColumn<Indicator, String> note = oneLine(i18n.get("profile.ui.indicator.col.note"), Indicator::note, 90);
        table.getColumns().setAll(java.util.List.of(label, year, value, unit, source, note));
        return table;
    }

    /**
     * A long text on one line, cut short with its whole text in a tooltip: the rows stay one or two
     * lines high, so the figures of a section are seen together.
     */
    private static TableColumn<Indicator, String> oneLine(String title, Function<Indicator, String> value,
                                                          double width) {
        TableColumn<Indicator, String> c = Cells.column(title, value, width);
        c.setCellFactory(col -> new TableCell<>() {
            private final Tooltip tip = new Tooltip();

            {
                tip.setWrapText(true);
                tip.setMaxWidth(420);
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                String shown = empty || item == null ? "" : item;
                setText(shown);
                setNodeOrientation(ArabicText.in(shown) ? NodeOrientation.RIGHT_TO_LEFT
                        : NodeOrientation.LEFT_TO_RIGHT);
                tip.setText(shown);
                setTooltip(shown.isEmpty() ? null : tip);
            }
        });
        return c;
    }
}
