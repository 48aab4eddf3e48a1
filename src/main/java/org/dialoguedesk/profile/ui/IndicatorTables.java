package org.dialoguedesk.profile.ui;

import javafx.scene.control.Label;
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
                model::label, 200);
        label.setId("col-indicator");
        TableColumn<Indicator, String> year = Cells.ltrColumn(i18n.get("profile.ui.indicator.col.year"),
                i -> String.valueOf(i.year()), 56);
        year.setMinWidth(50);
        TableColumn<Indicator, String> value = Cells.ltrColumn(i18n.get("profile.ui.indicator.col.value"),
                Indicator::value, 80);
        value.setMinWidth(60);
        value.getStyleClass().add("number-column");
        TableColumn<Indicator, String> unit = Cells.column(i18n.get("profile.ui.indicator.col.unit"),
                Indicator::unit, 70);
        TableColumn<Indicator, String> source = Cells.wrappingColumn(i18n.get("profile.ui.indicator.col.source"),
                Indicator::source, 150);
        TableColumn<Indicator, String> note = Cells.wrappingColumn(i18n.get("profile.ui.indicator.col.note"),
                Indicator::note, 150);
        table.getColumns().setAll(java.util.List.of(label, year, value, unit, source, note));
        return table;
    }
}
