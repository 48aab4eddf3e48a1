package org.dialoguedesk.questionnaire.ui;

import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.dialoguedesk.questionnaire.QuestionType;
import org.dialoguedesk.ui.Cells;
import org.dialoguedesk.ui.FormErrors;
import org.dialoguedesk.ui.FormLayout;
import org.dialoguedesk.ui.I18n;
import org.dialoguedesk.ui.LocalizedFields;
import org.dialoguedesk.ui.Paragraph;

/**
 * The question form: code, type (with the unit beside it for a decimal), required, label, help and
 * definition in three languages, then the choices or the table's rows and columns when the type
 * has them. Long, so it scrolls inside the dialog.
 */
final class QuestionFormView {

    private QuestionFormView() {
    }

    static Node of(QuestionFormModel model, I18n i18n) {
        FormErrors errors = model.errors();
        TextField code = new TextField();
        code.setId("question-code");
        code.setMaxWidth(220);
        code.setPromptText(i18n.get("questionnaire.ui.question.code.prompt"));
        code.textProperty().bindBidirectional(model.codeProperty());

        ComboBox<QuestionType> type = new ComboBox<>(FXCollections.observableArrayList(QuestionType.values()));
        type.setId("question-type");
        Cells.nameItems(type, i18n::name, "");
        type.valueProperty().bindBidirectional(model.typeProperty());
        Label unitCaption = new Label(i18n.get("questionnaire.ui.question.unit"));
        TextField unit = new TextField();
        unit.setId("question-unit");
        unit.setPrefColumnCount(10);
        unit.setPromptText(i18n.get("questionnaire.ui.question.unit.prompt"));
        unit.textProperty().bindBidirectional(model.unitProperty());
        unitCaption.setLabelFor(unit);
        showWhen(model.hasUnit(), unitCaption, unit);
        HBox typeRow = new HBox(10, type, unitCaption, unit);
        typeRow.setAlignment(Pos.CENTER_LEFT);

        CheckBox required = new CheckBox(i18n.get("questionnaire.ui.question.requiredBox"));
        required.setId("question-required");
        required.selectedProperty().bindBidirectional(model.requiredProperty());

        FormLayout form = new FormLayout()
                .field(i18n.get("questionnaire.ui.question.code"), code, errors.of("code"))
                .field(i18n.get("questionnaire.ui.question.type"), typeRow)
                .field(i18n.get("questionnaire.ui.question.required"), required);
        LocalizedFields.lines(form, i18n, i18n.get("questionnaire.ui.question.label"), "question-label",
                model.label(), errors.of("label"));
        LocalizedFields.areas(form, i18n, i18n.get("questionnaire.ui.question.help"), "question-help",
                model.help(), null);
        LocalizedFields.areas(form, i18n, i18n.get("questionnaire.ui.question.definition"), "question-definition",
                model.definition(), null);
        form.wide(options(i18n.get("questionnaire.ui.question.choices"), model.choices(), i18n, "question-choices",
                errors.of("choices"), model.hasChoices()));
        form.wide(options(i18n.get("questionnaire.ui.question.rows"), model.rows(), i18n, "question-rows",
                errors.of("rows"), model.isTable()));
        form.wide(options(i18n.get("questionnaire.ui.question.columns"), model.columns(), i18n, "question-columns",
                errors.of("columns"), model.isTable()));
        Paragraph general = FormLayout.problemText(errors.of(FormErrors.GENERAL));
        general.setId("question-form-error");
        form.wide(general);

        ScrollPane scroll = new ScrollPane(form.node());
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(560);
        scroll.setPrefViewportWidth(780);
        scroll.getStyleClass().add("form-scroll");
        return scroll;
    }

    /** A titled option editor with its problem line, there only while the type uses it. */
    private static Node options(String title, OptionListModel model, I18n i18n, String id,
                                ObservableStringValue error, BooleanBinding shown) {
        Label caption = new Label(title);
        caption.getStyleClass().add("section-title");
        Paragraph problem = FormLayout.problemText(error);
        problem.setId(id + "-error");
        VBox box = new VBox(6, caption, OptionListEditor.of(model, i18n, id), problem);
        showWhen(shown, box);
        return box;
    }

    private static void showWhen(BooleanBinding condition, Node... nodes) {
        for (Node n : nodes) {
            n.visibleProperty().bind(condition);
            n.managedProperty().bind(condition);
        }
    }
}
