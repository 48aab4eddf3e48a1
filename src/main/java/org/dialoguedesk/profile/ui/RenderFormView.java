package org.dialoguedesk.profile.ui;

import javafx.beans.binding.Bindings;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.dialoguedesk.common.Lang;
import org.dialoguedesk.profile.ProfileRenderer.Format;
import org.dialoguedesk.ui.ActionButtons;
import org.dialoguedesk.ui.FormLayout;
import org.dialoguedesk.ui.I18n;
import org.dialoguedesk.ui.Paragraph;

/**
 * The render dialog: which profiles, formats, languages, public edition and folder; what is still missing
 * before Render can start; while it runs, a progress bar naming the file being written and Cancel; at the
 * end, what was written and what was not, and why.
 */
public final class RenderFormView {

    private RenderFormView() {
    }

    public static Node of(RenderFormModel model, I18n i18n) {
        ToggleGroup group = new ToggleGroup();
        VBox scopes = new VBox(6);
        for (RenderFormModel.Scope s : RenderFormModel.Scope.values()) {
            RadioButton b = withParagraph(new RadioButton(), model.scopeLabel(s));
            b.setId("render-scope-" + s.name().toLowerCase(java.util.Locale.ROOT));
            b.setUserData(s);
            b.setToggleGroup(group);
            b.setSelected(model.scopeProperty().get() == s);
            scopes.getChildren().add(b);
        }
        group.selectedToggleProperty().subscribe(t -> {
            if (t != null) {
                model.scopeProperty().set((RenderFormModel.Scope) t.getUserData());
            }
        });
        HBox formats = new HBox(16);
        for (Format f : Format.values()) {
            formats.getChildren().add(check("render-format-" + f.extension(), model.formatLabel(f),
                    model.formatProperty(f)));
        }
        HBox langs = new HBox(16);
        for (Lang l : Lang.values()) {
            langs.getChildren().add(check("render-lang-" + l.code(), model.langLabel(l), model.langProperty(l)));
        }
        CheckBox publicOnly = check("render-public", i18n.get("profile.ui.render.public"), model.publicOnlyProperty());

        Button choose = ActionButtons.of("render-folder-choose", i18n.get("profile.ui.render.folder.button"),
                model::onChooseFolder);
        Label path = new Label();
        path.setId("render-folder");
        path.getStyleClass().add("render-folder");
        // a path reads left to right in any language
        path.setNodeOrientation(NodeOrientation.LEFT_TO_RIGHT);
        path.textProperty().bind(Bindings.createStringBinding(() -> model.folderProperty().get() == null
                ? i18n.get("profile.ui.render.folder.none") : model.folderProperty().get().toString(),
                model.folderProperty()));
        path.setMinWidth(0);
        path.setMaxWidth(440);
        HBox folder = new HBox(10, choose, path);
        folder.getStyleClass().add("render-folder-row");

        VBox inputs = new VBox(new FormLayout()
                .field(i18n.get("profile.ui.render.scope"), scopes)
                .field(i18n.get("profile.ui.render.formats"), formats)
                .field(i18n.get("profile.ui.render.langs"), langs)
                .field(i18n.get("profile.ui.render.edition"), publicOnly)
                .field(i18n.get("profile.ui.render.folder"), folder)
                .node());
        inputs.disableProperty().bind(model.runningProperty());

        VBox missing = new VBox(4);
        missing.setId("render-missing");
        missing.getStyleClass().add("render-missing");
        model.missing().subscribe(() -> missing.getChildren().setAll(model.missing().stream()
                .map(text -> (Node) new Paragraph(text)).toList()));
        missing.getChildren().setAll(model.missing().stream().map(text -> (Node) new Paragraph(text)).toList());
        shownWhen(missing, Bindings.isNotEmpty(model.missing()).and(model.runningProperty().not()));

        ProgressBar bar = new ProgressBar();
        bar.setId("render-progress");
        bar.progressProperty().bind(model.progressProperty());
        bar.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(bar, Priority.ALWAYS);
        Button cancel = ActionButtons.of("render-cancel", i18n.get("profile.ui.render.cancel"), model::onCancel);
        cancel.disableProperty().bind(model.stoppingProperty());
        Label step = new Label();
        step.setId("render-step");
        step.textProperty().bind(model.progressTextProperty());
        VBox running = new VBox(6, new HBox(10, bar, cancel), step);
        running.getStyleClass().add("render-running");
        shownWhen(running, model.runningProperty());

        Paragraph summary = new Paragraph();
        summary.setId("render-summary");
        summary.getStyleClass().add("render-summary");
        summary.textProperty().bind(model.summaryProperty());
        Paragraph indexCaption = new Paragraph(i18n.get("profile.ui.render.index"));
        indexCaption.getStyleClass().add("screen-subtitle");
        Label indexPath = new Label();
        indexPath.setId("render-index");
        indexPath.getStyleClass().add("render-index");
        indexPath.setNodeOrientation(NodeOrientation.LEFT_TO_RIGHT);
        indexPath.textProperty().bind(Bindings.createStringBinding(() -> model.indexProperty().get() == null ? ""
                : model.indexProperty().get().toString(), model.indexProperty()));
        HBox index = new HBox(6, indexCaption, indexPath);
        shownWhen(index, model.indexProperty().isNotNull());
        ListView<RenderFormModel.Line> lines = new ListView<>(model.lines());
        lines.setId("render-lines");
        lines.getStyleClass().add("render-lines");
        lines.setCellFactory(l -> new LineCell());
        lines.setPrefHeight(190);
        VBox result = new VBox(8, summary, index, lines);
        result.getStyleClass().add("render-result");
        shownWhen(result, model.summaryProperty().isNotEmpty().and(model.runningProperty().not()));
        shownWhen(lines, Bindings.isNotEmpty(model.lines()));

        VBox box = new VBox(12, inputs, missing, running, result);
        box.getStyleClass().add("render-dialog");
        box.setPrefWidth(640);
        return box;
    }

    /**
     * The button's text as a {@link Paragraph}: a label's own text puts the parts of a mixed Arabic and
     * Latin text drawn in a fallback font left to right, so "(٦)" would show as ")٦(".
     */
    private static <B extends ButtonBase> B withParagraph(B button, String text) {
        Paragraph p = new Paragraph(text);
        p.getStyleClass().add("render-choice-text");
        button.setGraphic(p);
        button.setAccessibleText(text);
        return button;
    }

    private static CheckBox check(String id, String text, javafx.beans.property.BooleanProperty value) {
        CheckBox box = withParagraph(new CheckBox(), text);
        box.setId(id);
        box.selectedProperty().bindBidirectional(value);
        return box;
    }

    private static void shownWhen(Node node, javafx.beans.value.ObservableBooleanValue shown) {
        node.visibleProperty().bind(shown);
        node.managedProperty().bind(node.visibleProperty());
    }

    /** A file name (left to right, as written on disk) and under it what it holds, or why it was not written. */
    private static final class LineCell extends ListCell<RenderFormModel.Line> {

        private final Label file = new Label();
        private final Paragraph detail = new Paragraph();
        private final VBox box = new VBox(2, file, detail);

        LineCell() {
            file.getStyleClass().add("render-line-file");
            file.setNodeOrientation(NodeOrientation.LEFT_TO_RIGHT);
            detail.getStyleClass().add("render-line-detail");
        }

        @Override
        protected void updateItem(RenderFormModel.Line item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().remove("render-not-written");
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            file.setText(item.file());
            detail.setText(item.detail());
            if (!item.written()) {
                getStyleClass().add("render-not-written");
            }
            setGraphic(box);
        }
    }
}
