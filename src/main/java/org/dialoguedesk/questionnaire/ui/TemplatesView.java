package org.dialoguedesk.questionnaire.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.property.BooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;
import org.dialoguedesk.questionnaire.Template;
import org.dialoguedesk.questionnaire.TemplateVersion;
import org.dialoguedesk.ui.ActionButtons;
import org.dialoguedesk.ui.I18n;
import org.dialoguedesk.ui.Paragraph;
import org.dialoguedesk.ui.Screen;

/**
 * Questionnaire templates: the templates and the chosen one's versions on the side; the chosen
 * version's sections and questions (editable while it is a draft) beside its preview.
 */
public final class TemplatesView implements Screen {

    private final TemplatesViewModel vm;
    private final I18n i18n;
    private final BorderPane root = new BorderPane();
    private final ListView<Template> templateList = new ListView<>();
    private final ListView<TemplateVersion> versionList = new ListView<>();
    private final ListView<OutlineRow> outline = new ListView<>();
    private final Paragraph title = new Paragraph();
    private final Paragraph versionHeading = new Paragraph();
    private final Paragraph notice = new Paragraph();
    private final Paragraph frozenText = new Paragraph();
    private final HBox frozenBanner = new HBox(12);
    private final FlowPane tools = new FlowPane(6, 6);
    private final Button editTemplate = new Button();
    private final Button export = new Button();
    private final List<Tool> outlineTools = new ArrayList<>();
    private final List<BooleanProperty> bound = new ArrayList<>();
    private final PreviewPane preview;
    private final VBox main;
    private final Paragraph empty = new Paragraph();
    private Subscription bindings = Subscription.EMPTY;

    /** A button of the outline and what, besides a draft being shown, it needs to be enabled (or null). */
    private record Tool(Button button, ObservableBooleanValue condition) {
    }

    public TemplatesView(TemplatesViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
        this.preview = new PreviewPane(vm, i18n);
        root.getStyleClass().addAll("screen", "templates-screen");
        root.setLeft(side());
        main = new VBox(10, header(), notice, frozenBanner, body());
        main.getStyleClass().add("screen-main");
        empty.setText(i18n.get("questionnaire.ui.templates.none"));
        empty.setId("templates-empty");
        empty.getStyleClass().add("placeholder-text");
        VBox center = new VBox(empty, main);
        center.getStyleClass().add("templates-center");
        VBox.setVgrow(main, Priority.ALWAYS);
        root.setCenter(center);
    }

    private Node side() {
        templateList.setId("template-list");
        templateList.getStyleClass().add("side-list");
        templateList.setItems(vm.templates());
        templateList.setCellFactory(l -> new TwoLineCell<>(l, t -> i18n.text(t.title()), null, Template::key, null));
        VBox.setVgrow(templateList, Priority.ALWAYS);
        versionList.setId("version-list");
        versionList.getStyleClass().add("side-list");
        versionList.setItems(vm.versions());
        versionList.setPrefHeight(190);
        versionList.setCellFactory(l -> new TwoLineCell<>(l, v -> i18n.get("questionnaire.ui.version.label",
                String.valueOf(v.number())), v -> i18n.name(v.status()), this::versionDates, v -> "version-" + v.status().name()
                .toLowerCase(Locale.ROOT)));
        Button add = sideButton("new-template", "questionnaire.ui.template.new");
        add.setOnAction(e -> vm.onNewTemplate());
        Button importForm = sideButton("import-xlsform", "questionnaire.ui.xlsform.import");
        importForm.setOnAction(e -> vm.onImport());
        VBox side = new VBox(caption("questionnaire.ui.templates.title"), templateList,
                caption("questionnaire.ui.versions.title"), versionList, add, importForm);
        side.getStyleClass().addAll("side-column", "templates-side");
        side.setPrefWidth(270);
        side.setMinWidth(220);
        return side;
    }

    private String versionDates(TemplateVersion v) {
        String created = i18n.get("questionnaire.ui.version.created", i18n.date(v.createdOn()));
        return v.frozenOn() == null ? created
                : created + " · " + i18n.get("questionnaire.ui.version.frozenOn", i18n.date(v.frozenOn()));
    }

    private Label caption(String key) {
        Label l = new Label(i18n.get(key));
        l.getStyleClass().addAll("section-title", "side-caption");
        return l;
    }

    private Button sideButton(String id, String key) {
        Button b = new Button(i18n.get(key));
        b.setId(id);
        b.getStyleClass().add("flat");
        b.setMaxWidth(Double.MAX_VALUE);
        return b;
    }

    private Node header() {
        title.setId("template-title");
        title.getStyleClass().add("details-name");
        title.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(title, Priority.ALWAYS);
        editTemplate.setText(i18n.get("questionnaire.ui.template.edit"));
        editTemplate.setId("edit-template");
        editTemplate.setOnAction(e -> vm.onEditTemplate());
        export.setText(i18n.get("questionnaire.ui.xlsform.export"));
        export.setId("export-xlsform");
        export.setOnAction(e -> vm.onExport());
        editTemplate.setMinWidth(Region.USE_PREF_SIZE);
        export.setMinWidth(Region.USE_PREF_SIZE);
        HBox top = new HBox(8, title, editTemplate, export);
        versionHeading.setId("version-heading");
        versionHeading.getStyleClass().add("screen-subtitle");
        notice.setId("templates-notice");
        notice.getStyleClass().add("notice");
        notice.visibleProperty().bind(notice.textProperty().isNotEmpty());
        notice.managedProperty().bind(notice.visibleProperty());

        frozenText.getStyleClass().add("frozen-text");
        frozenText.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(frozenText, Priority.ALWAYS);
        Button newVersion = new Button(i18n.get("questionnaire.ui.version.newFrom"));
        newVersion.setId("new-version");
        newVersion.getStyleClass().add("accent");
        newVersion.setMinWidth(Region.USE_PREF_SIZE);
        newVersion.setOnAction(e -> vm.onNewVersion());
        frozenBanner.setId("frozen-banner");
        frozenBanner.getStyleClass().addAll("warning-panel", "frozen-banner");
        frozenBanner.getChildren().setAll(frozenText, newVersion);
        return new VBox(4, top, versionHeading);
    }

    private Node body() {
        tools.setId("outline-tools");
        tools.getStyleClass().add("outline-tools");
        tools.getChildren().setAll(
                tool("add-section", "questionnaire.ui.outline.addSection", vm::onAddSection, null),
                tool("add-question", "questionnaire.ui.outline.addQuestion", vm::onAddQuestion, null),
                tool("edit-outline-item", "questionnaire.ui.outline.edit", vm::onEdit,
                        vm.selectedPositionProperty().isNotNull()),
                tool("delete-outline-item", "questionnaire.ui.outline.delete", vm::onDelete,
                        vm.selectedPositionProperty().isNotNull()),
                icon("move-up", "icon-up", "questionnaire.ui.outline.moveUp", vm::onMoveUp, vm.canMove(-1)),
                icon("move-down", "icon-down", "questionnaire.ui.outline.moveDown", vm::onMoveDown, vm.canMove(1)));
        outline.setId("template-outline");
        outline.getStyleClass().add("template-outline");
        outline.setItems(vm.outline());
        outline.setCellFactory(l -> new TwoLineCell<>(l, OutlineRow::text, null, OutlineRow::detail,
                r -> r.isSection() ? "outline-section" : "outline-question"));
        outline.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                vm.onEdit();
            }
        });
        VBox.setVgrow(outline, Priority.ALWAYS);
        VBox outlineBox = new VBox(8, tools, outline);
        outlineBox.getStyleClass().add("outline-pane");
        SplitPane split = new SplitPane(outlineBox, preview.node());
        split.setDividerPositions(0.46);
        VBox.setVgrow(split, Priority.ALWAYS);
        return split;
    }

    /** A button of the outline: enabled while a draft is shown and its own condition (if any) holds. */
    private Button tool(String id, String key, Runnable action, ObservableBooleanValue condition) {
        Button b = ActionButtons.of(id, i18n.get(key), action);
        outlineTools.add(new Tool(b, condition));
        return b;
    }

    /** A small arrow button of the outline (its name is its tooltip), so the tools take little room. */
    private Button icon(String id, String icon, String key, Runnable action, ObservableBooleanValue condition) {
        Button b = OptionListEditor.iconButton(id, icon, i18n.get(key), action);
        b.setFocusTraversable(true);
        outlineTools.add(new Tool(b, condition));
        return b;
    }

    private void showHeader() {
        Template t = vm.selectedTemplateProperty().get();
        TemplateVersion v = vm.selectedVersionProperty().get();
        boolean any = !vm.templates().isEmpty();
        empty.setVisible(!any);
        empty.setManaged(!any);
        main.setVisible(any);
        main.setManaged(any);
        title.setText(t == null ? "" : i18n.text(t.title()));
        versionHeading.setText(v == null ? "" : i18n.get("questionnaire.ui.version.heading", String.valueOf(v.number()),
                i18n.name(v.status()), String.valueOf(v.questions().size()), versionDates(v)));
        boolean frozen = v != null && v.isFrozen();
        frozenBanner.setVisible(frozen);
        frozenBanner.setManaged(frozen);
        frozenText.setText(frozen ? i18n.get("questionnaire.ui.version.frozenBanner", String.valueOf(v.number()),
                i18n.date(v.frozenOn())) : "");
    }

    @Override
    public String key() {
        return "questionnaires";
    }

    @Override
    public String title() {
        return i18n.get("ui.nav.questionnaires");
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void onShown() {
        bindings = Subscription.combine(
                templateList.getSelectionModel().selectedItemProperty().subscribe(t -> {
                    if (t != null) {
                        vm.selectedTemplateProperty().set(t);
                    }
                }),
                versionList.getSelectionModel().selectedItemProperty().subscribe(v -> {
                    if (v != null) {
                        vm.selectedVersionProperty().set(v);
                    }
                }),
                outline.getSelectionModel().selectedItemProperty().subscribe(r -> {
                    if (r != null) {
                        vm.selectedPositionProperty().set(r.position());
                    }
                }),
                vm.selectedTemplateProperty().subscribe(t -> select(templateList, t)),
                vm.selectedVersionProperty().subscribe(v -> select(versionList, v)),
                vm.selectedPositionProperty().subscribe(this::selectPosition),
                vm.selectedTemplateProperty().subscribe(t -> showHeader()),
                vm.selectedVersionProperty().subscribe(v -> showHeader()),
                vm.noticeProperty().subscribe(notice::setText),
                // a reloaded list loses its selection: choose again what the view model has chosen
                reselect(vm.templates(), () -> select(templateList, vm.selectedTemplateProperty().get())),
                reselect(vm.versions(), () -> select(versionList, vm.selectedVersionProperty().get())),
                reselect(vm.outline(), () -> selectPosition(vm.selectedPositionProperty().get())),
                preview.show());
        tools.visibleProperty().bind(vm.editableProperty());
        tools.managedProperty().bind(vm.editableProperty());
        bound.add(tools.visibleProperty());
        bound.add(tools.managedProperty());
        for (Tool t : outlineTools) {
            t.button().disableProperty().bind(t.condition() == null ? vm.editableProperty().not()
                    : vm.editableProperty().not().or(BooleanExpression.booleanExpression(t.condition()).not()));
            bound.add(t.button().disableProperty());
        }
        editTemplate.disableProperty().bind(vm.selectedTemplateProperty().isNull());
        export.disableProperty().bind(vm.selectedVersionProperty().isNull());
        bound.add(editTemplate.disableProperty());
        bound.add(export.disableProperty());
        vm.activate();
        showHeader();
    }

    private Subscription reselect(ObservableList<?> items, Runnable again) {
        ListChangeListener<Object> listener = c -> {
            again.run();
            showHeader();
        };
        items.addListener(listener);
        return () -> items.removeListener(listener);
    }

    private static <T> void select(ListView<T> list, T item) {
        if (item != null && list.getSelectionModel().getSelectedItem() != item) {
            list.getSelectionModel().select(item);
            list.scrollTo(item);
        } else if (item == null) {
            list.getSelectionModel().clearSelection();
        }
    }

    private void selectPosition(OutlinePosition at) {
        OutlineRow row = at == null ? null
                : vm.outline().stream().filter(r -> r.position().equals(at)).findFirst().orElse(null);
        OutlineRow shown = outline.getSelectionModel().getSelectedItem();
        if (row == null) {
            outline.getSelectionModel().clearSelection();
        } else if (shown != row) {
            outline.getSelectionModel().select(row);
            outline.scrollTo(row);
        }
    }

    @Override
    public void onHidden() {
        vm.deactivate();
        bindings.unsubscribe();
        bindings = Subscription.EMPTY;
        bound.forEach(BooleanProperty::unbind);
        bound.clear();
    }
}
