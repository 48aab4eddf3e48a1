package org.dialoguedesk.questionnaire.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import org.dialoguedesk.common.Lang;
import org.dialoguedesk.questionnaire.AnswerCell;
import org.dialoguedesk.questionnaire.AnswerValues;
import org.dialoguedesk.questionnaire.Choice;
import org.dialoguedesk.questionnaire.Question;
import org.dialoguedesk.ui.FormLayout;
import org.dialoguedesk.ui.I18n;
import org.dialoguedesk.ui.Paragraph;

/**
 * The answer form: a field per answer key fitting the question (a drop-down for choices and yes/no, a
 * grid of number fields for a table, a text area for long text), the help and definition, and the
 * note. Problems show under the field, or for a table cell under the grid, naming the cell.
 */
public final class AnswerFormView {

    private AnswerFormView() {
    }

    public static Node of(AnswerFormModel model, I18n i18n) {
        Question q = model.question();
        FormLayout form = new FormLayout();
        form.wide(new Paragraph(i18n.text(q.label()) + (q.required() ? " *" : "")));
        if (!i18n.text(q.help()).isEmpty()) {
            form.wide(muted(i18n.text(q.help())));
        }
        if (!i18n.text(q.definition()).isEmpty()) {
            form.wide(muted(i18n.get("questionnaire.form.definition", i18n.text(q.definition()))));
        }
        switch (q.type()) {
            case TABLE -> table(form, model, q, i18n);
            case MULTIPLE_CHOICE -> q.choices().forEach(c -> {
                String key = AnswerCell.choiceKey(q.code(), c.code());
                form.field(i18n.text(c.label()), choice(model, key, yesNo(i18n.lang())), model.errors().of(key));
            });
            case YES_NO -> form.field(i18n.get("questionnaire.ui.answer.value"),
                    choice(model, q.code(), yesNo(i18n.lang())), model.errors().of(q.code()));
            case SINGLE_CHOICE -> form.field(i18n.get("questionnaire.ui.answer.value"), choice(model, q.code(),
                    q.choices().stream().map(c -> c.label().in(i18n.lang())).toList()), model.errors().of(q.code()));
            case LONG_TEXT -> {
                TextArea area = new TextArea();
                area.setId("answer-" + q.code());
                area.setWrapText(true);
                area.setPrefRowCount(5);
                area.textProperty().bindBidirectional(model.value(q.code()));
                form.field(i18n.get("questionnaire.ui.answer.value"), area, model.errors().of(q.code()));
            }
            default -> {
                TextField field = new TextField();
                field.setId("answer-" + q.code());
                field.textProperty().bindBidirectional(model.value(q.code()));
                String unit = q.unit().isEmpty() ? "" : " (" + q.unit() + ")";
                form.field(i18n.get("questionnaire.ui.answer.value") + unit, field, model.errors().of(q.code()));
            }
        }
        TextArea note = new TextArea();
        note.setId("answer-note");
        note.setWrapText(true);
        note.setPrefRowCount(2);
        note.textProperty().bindBidirectional(model.noteProperty());
        form.field(i18n.get("questionnaire.ui.answer.note"), note);
        form.wide(FormLayout.problemText(model.errors().of(org.dialoguedesk.ui.FormErrors.GENERAL)));
        ScrollPane scroll = new ScrollPane(form.node());
        scroll.setFitToWidth(true);
        // room for the label, help, the fields and the note without scrolling, up to a laptop screen's height
        scroll.setPrefViewportHeight(Math.min(560, 260 + 44 * Math.max(1, q.rows().size() + q.choices().size())));
        return scroll;
    }

    private static void table(FormLayout form, AnswerFormModel model, Question q, I18n i18n) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("answer-grid");
        grid.setHgap(6);
        grid.setVgap(4);
        for (int j = 0; j < q.columns().size(); j++) {
            grid.add(new Label(i18n.text(q.columns().get(j).label())), j + 1, 0);
        }
        List<Node> problems = new ArrayList<>();
        for (int i = 0; i < q.rows().size(); i++) {
            Choice row = q.rows().get(i);
            Paragraph rowLabel = new Paragraph(i18n.text(row.label()));
            rowLabel.setMinWidth(120);
            grid.add(rowLabel, 0, i + 1);
            for (int j = 0; j < q.columns().size(); j++) {
                String key = AnswerCell.tableKey(q.code(), row.code(), q.columns().get(j).code());
                TextField cell = new TextField();
                cell.setId("answer-" + key.replace(':', '-'));
                cell.setPrefColumnCount(7);
                cell.setNodeOrientation(NodeOrientation.LEFT_TO_RIGHT); // figures read left to right
                cell.textProperty().bindBidirectional(model.value(key));
                grid.add(cell, j + 1, i + 1);
                Paragraph p = FormLayout.problemText(model.errors().of(key));
                p.textProperty().unbind();
                p.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() ->
                        model.errors().of(key).get().isEmpty() ? "" : row.label().in(i18n.lang()) + ", "
                                + labelOf(q.columns(), key, i18n) + ": " + model.errors().of(key).get(),
                        model.errors().of(key)));
                problems.add(p);
            }
        }
        form.wide(grid);
        problems.forEach(form::wide);
    }

    private static String labelOf(List<Choice> columns, String key, I18n i18n) {
        String code = key.substring(key.lastIndexOf(':') + 1);
        return columns.stream().filter(c -> c.code().equals(code)).findFirst().map(c -> i18n.text(c.label()))
                .orElse(code);
    }

    private static ComboBox<String> choice(AnswerFormModel model, String key, List<String> labels) {
        List<String> items = new ArrayList<>();
        items.add("");
        items.addAll(labels);
        ComboBox<String> box = new ComboBox<>(FXCollections.observableArrayList(items));
        box.setId("answer-" + key.replace(':', '-'));
        box.valueProperty().bindBidirectional(model.value(key));
        return box;
    }

    private static List<String> yesNo(Lang lang) {
        return List.of(AnswerValues.yesNoLabel(true, lang), AnswerValues.yesNoLabel(false, lang));
    }

    private static Paragraph muted(String text) {
        Paragraph p = new Paragraph(text);
        p.getStyleClass().add("screen-subtitle");
        return p;
    }
}
