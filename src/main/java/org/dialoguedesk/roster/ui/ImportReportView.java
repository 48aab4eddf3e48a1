package org.dialoguedesk.roster.ui;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.dialoguedesk.roster.ui.ImportReportFormModel.IssueRow;
import org.dialoguedesk.ui.Cells;
import org.dialoguedesk.ui.FormLayout;
import org.dialoguedesk.ui.I18n;
import org.dialoguedesk.ui.Paragraph;

/** The import's report step: the counts, why nothing can be imported yet, and the issues row by row. */
public final class ImportReportView {

    private ImportReportView() {
    }

    public static Node of(ImportReportFormModel model, I18n i18n) {
        Label toAdd = count("import-count-add", model.toAdd());
        Label skipped = count("import-count-skipped", model.skipped());
        Label problems = count("import-count-problems", model.problems());
        if (model.plan().hasErrors()) {
            problems.getStyleClass().add("has-problems");
        }
        HBox counts = new HBox(18, toAdd, skipped, problems);
        counts.getStyleClass().add("import-counts");

        Paragraph blocked = new Paragraph(model.blocked());
        blocked.setId("import-blocked");
        blocked.getStyleClass().add("import-blocked");
        blocked.setVisible(!model.blocked().isEmpty());
        blocked.setManaged(blocked.isVisible());

        TableView<IssueRow> issues = new TableView<>(model.issues());
        issues.setId("import-issues");
        issues.setPlaceholder(new Label(i18n.get("roster.ui.import.report.noIssues")));
        issues.getColumns().add(Cells.column(i18n.get("roster.ui.import.report.row"), IssueRow::row, 70));
        issues.getColumns().add(Cells.column(i18n.get("roster.ui.import.report.column"), IssueRow::column, 120));
        issues.getColumns().add(Cells.column(i18n.get("roster.ui.import.report.kind"), IssueRow::kind, 100));
        issues.getColumns().add(Cells.wrappingColumn(i18n.get("roster.ui.import.report.message"),
                IssueRow::message, 420));
        issues.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        issues.setPrefHeight(300);
        VBox.setVgrow(issues, Priority.ALWAYS);

        Button back = new Button(i18n.get("roster.ui.import.report.back"));
        back.setId("import-back");
        back.setOnAction(e -> model.onBack());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        Paragraph error = FormLayout.problemText(model.errorProperty());
        error.setId("import-report-error");
        HBox bottom = new HBox(8, back, grow);
        VBox box = new VBox(10, counts, blocked, issues, error, bottom);
        box.setPrefWidth(760);
        return box;
    }

    private static Label count(String id, String text) {
        Label l = new Label(text);
        l.setId(id);
        l.getStyleClass().add("import-count");
        return l;
    }
}
