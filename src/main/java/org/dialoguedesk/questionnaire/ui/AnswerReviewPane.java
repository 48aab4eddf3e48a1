package org.dialoguedesk.questionnaire.ui;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.dialoguedesk.questionnaire.ReviewState;
import org.dialoguedesk.ui.ActionButtons;
import org.dialoguedesk.ui.Cells;
import org.dialoguedesk.ui.I18n;
import org.dialoguedesk.ui.Paragraph;

/**
 * A country's answers for review: the questions in order with the answer, its review and note; below,
 * every value of the selected answer (a table's figures row by row), its note and the flag comment;
 * the review actions above. Flagged answers and unanswered required questions are marked in the row
 * (style and text, not colour alone).
 */
public final class AnswerReviewPane {

    private AnswerReviewPane() {
    }

    public static Node of(AnswerReviewModel model, I18n i18n) {
        Paragraph heading = new Paragraph(); // mixes a country name with its Latin code: ordered by script runs
        heading.setId("review-heading");
        heading.getStyleClass().add("details-name");
        heading.textProperty().bind(model.headingProperty());
        Paragraph completeness = new Paragraph();
        completeness.setId("review-completeness");
        completeness.textProperty().bind(model.completenessProperty());

        TableView<AnswerRow> table = new TableView<>(model.rows());
        table.setId("review-answers");
        table.getColumns().add(Cells.ltrColumn(i18n.get("questionnaire.ui.review.code"), AnswerRow::code, 118));
        table.getColumns().add(Cells.wrappingColumn(i18n.get("questionnaire.ui.review.question"),
                r -> i18n.text(r.question().label()) + (r.required() ? " *" : ""), 300));
        table.getColumns().add(Cells.wrappingColumn(i18n.get("questionnaire.ui.review.answer"), r -> r.answered()
                ? r.summary() : r.required() ? i18n.get("questionnaire.ui.review.missingRequired") : "", 220));
        table.getColumns().add(Cells.column(i18n.get("questionnaire.ui.review.review"),
                r -> r.review() == null ? "" : i18n.name(r.review()), 110));
        table.getColumns().add(Cells.column(i18n.get("questionnaire.ui.review.note"),
                r -> r.note().isEmpty() ? "" : "\u2691 " + r.note(), 140));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(i18n.get("questionnaire.ui.review.none")));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(AnswerRow item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("flagged"),
                        !empty && item != null && item.review() == ReviewState.FLAGGED);
                pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("missing"),
                        !empty && item != null && item.required() && !item.answered());
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> model.selectedProperty()
                .set(now));
        model.rows().addListener((ListChangeListener<AnswerRow>) c -> {
            AnswerRow keep = model.selectedProperty().get();
            if (keep != null) {
                model.rows().stream().filter(r -> r.code().equals(keep.code())).findFirst()
                        .ifPresent(r -> table.getSelectionModel().select(r));
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        // the columns' widths add up to more than a laptop window leaves: without a small preferred
        // width the pane grows past the tab, and in Arabic its right-hand start goes out of sight
        table.setPrefWidth(480);
        table.setMinWidth(0);

        VBox detail = new VBox(4);
        detail.setMinWidth(0);
        detail.setId("review-detail");
        detail.getStyleClass().add("review-detail");
        model.selectedProperty().addListener((o, was, now) -> fillDetail(detail, now, i18n));

        Button accept = button(i18n.get("questionnaire.ui.review.accept"), "review-accept", model::accept);
        Button flag = button(i18n.get("questionnaire.ui.review.flag"), "review-flag", model::flag);
        Button edit = button(i18n.get("questionnaire.ui.review.edit"), "review-edit", model::edit);
        Button acceptPending = button(i18n.get("questionnaire.ui.review.acceptPending"), "review-accept-pending",
                model::acceptPending);
        Button acceptCountry = button(i18n.get("questionnaire.ui.review.acceptCountry"), "review-accept-country",
                model::acceptCountry);
        accept.disableProperty().bind(Bindings.createBooleanBinding(() -> model.selectedProperty().get() == null
                || model.selectedProperty().get().answer() == null, model.selectedProperty()));
        flag.disableProperty().bind(accept.disableProperty());
        edit.disableProperty().bind(model.selectedProperty().isNull());
        HBox actions = new HBox(8, accept, flag, edit, acceptPending, acceptCountry);
        actions.getStyleClass().add("toolbar");
        javafx.scene.control.ScrollPane detailScroll = new javafx.scene.control.ScrollPane(detail);
        detailScroll.setFitToWidth(true);
        detailScroll.setPrefViewportHeight(130);
        detailScroll.setMinHeight(120); // a table's figures stay readable however many questions there are
        table.setMinHeight(150);
        VBox pane = new VBox(8, heading, completeness, actions, table, detailScroll);
        pane.setMinWidth(0);
        pane.getStyleClass().add("answer-review");
        return pane;
    }

    private static void fillDetail(VBox detail, AnswerRow row, I18n i18n) {
        detail.getChildren().clear();
        if (row == null) {
            return;
        }
        Paragraph label = new Paragraph(row.code() + " \u2014 " + i18n.text(row.question().label()));
        label.getStyleClass().add("details-name");
        detail.getChildren().add(label);
        if (!row.answered()) {
            detail.getChildren().add(new Paragraph(i18n.get("questionnaire.ui.review.notAnswered")));
        }
        row.details().forEach(d -> detail.getChildren().add(new Paragraph(d)));
        if (!row.note().isEmpty()) {
            detail.getChildren().add(new Paragraph(i18n.get("questionnaire.ui.review.noteLine", row.note())));
        }
        if (!row.comment().isEmpty()) {
            Paragraph c = new Paragraph(i18n.get("questionnaire.ui.review.commentLine", row.comment()));
            c.getStyleClass().add("field-error");
            detail.getChildren().add(c);
        }
        if (row.answer() != null) {
            detail.getChildren().add(new Paragraph(i18n.get("questionnaire.ui.review.sourceLine",
                    i18n.name(row.answer().source()), row.answer().sourceFile().isEmpty() ? "\u2014"
                            : row.answer().sourceFile(), row.answer().meta().updatedBy())));
        }
    }

    private static Button button(String text, String id, Runnable action) {
        return ActionButtons.of(id, text, action);
    }
}
