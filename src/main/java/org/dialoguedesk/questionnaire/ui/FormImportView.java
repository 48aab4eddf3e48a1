package org.dialoguedesk.questionnaire.ui;

import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import org.dialoguedesk.questionnaire.ImportOutcome;
import org.dialoguedesk.ui.I18n;
import org.dialoguedesk.ui.Paragraph;

/** The reports of returned workbooks, one block per file, and the "replace stored answers" choice. */
public final class FormImportView {

    private FormImportView() {
    }

    public static Node of(FormImportFormModel model, I18n i18n) {
        VBox list = new VBox(10);
        list.setId("form-import-reports");
        list.setStyle("-fx-padding: 8;");
        Runnable fill = () -> list.getChildren().setAll(model.reports().stream().map(FormImportView::block).toList());
        model.reports().addListener((ListChangeListener<FormImportFormModel.ReportView>) c -> fill.run());
        fill.run();
        ScrollPane scroll = new ScrollPane(list);
        scroll.setFitToWidth(true);
        scroll.setPrefSize(760, 420);
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(28, 28);
        busy.visibleProperty().bind(model.checkingProperty());
        busy.managedProperty().bind(busy.visibleProperty());
        CheckBox replace = new CheckBox(i18n.get("questionnaire.ui.import.replace"));
        replace.setId("form-import-replace");
        replace.setWrapText(true);
        replace.selectedProperty().bindBidirectional(model.replaceProperty());
        replace.visibleProperty().bind(model.confirmableProperty());
        replace.managedProperty().bind(replace.visibleProperty());
        return new VBox(8, busy, scroll, replace);
    }

    private static Node block(FormImportFormModel.ReportView r) {
        Paragraph heading = new Paragraph(r.heading());
        heading.getStyleClass().addAll("import-file", outcomeClass(r.outcome()));
        VBox box = new VBox(2, heading);
        for (String line : r.details()) {
            Paragraph p = new Paragraph(line);
            p.getStyleClass().add("import-detail");
            box.getChildren().add(p);
        }
        return box;
    }

    private static String outcomeClass(ImportOutcome outcome) {
        return switch (outcome) {
            case REFUSED -> "import-refused";
            case NEEDS_CONFIRMATION -> "import-confirm";
            default -> "import-fine";
        };
    }
}
