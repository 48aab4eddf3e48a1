package org.dialoguedesk.profile.ui;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;
import org.dialoguedesk.ui.ActionButtons;
import org.dialoguedesk.ui.Cells;
import org.dialoguedesk.ui.FormErrors;
import org.dialoguedesk.ui.FormLayout;
import org.dialoguedesk.ui.I18n;
import org.dialoguedesk.ui.Paragraph;

/**
 * The sources dialog: the table of a profile's sources, and under it the chosen source's title and
 * accessed date with their problems and a save button.
 */
public final class SourcesView {

    private SourcesView() {
    }

    public static Node of(SourcesFormModel model, I18n i18n) {
        Paragraph summary = new Paragraph();
        summary.setId("sources-summary");
        summary.getStyleClass().add("screen-subtitle");
        summary.textProperty().bind(model.summaryProperty());

        TableView<SourceRow> table = new TableView<>(model.rows());
        table.setId("profile-sources");
        table.getStyleClass().add("profile-sources");
        table.setPlaceholder(new Label(i18n.get("profile.ui.sources.none")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(title(i18n.get("profile.ui.sources.col.title")));
        table.getColumns().add(address(i18n.get("profile.ui.sources.col.url")));
        table.getColumns().add(Cells.column(i18n.get("profile.ui.sources.col.accessed"), SourceRow::accessed, 110));
        table.getColumns().add(Cells.wrappingColumn(i18n.get("profile.ui.sources.col.usedIn"), SourceRow::usedIn,
                200));
        table.setPrefSize(940, 380);
        VBox.setVgrow(table, Priority.ALWAYS);
        // the model's choice follows the table's, and a saved row (replaced in the list) stays chosen
        Subscription.combine(
                table.getSelectionModel().selectedItemProperty().subscribe(r -> {
                    if (r != null) {
                        model.selectedProperty().set(r);
                    }
                }),
                model.selectedProperty().subscribe(r -> {
                    if (r != null && table.getSelectionModel().getSelectedItem() != r) {
                        table.getSelectionModel().select(r);
                    }
                }));

        TextField title = new TextField();
        title.setId("source-title");
        title.setPromptText(i18n.get("profile.ui.sources.title.prompt"));
        title.textProperty().bindBidirectional(model.titleProperty());
        DatePicker accessed = new DatePicker();
        accessed.setId("source-accessed");
        accessed.setConverter(i18n.dateConverter());
        accessed.valueProperty().bindBidirectional(model.accessedProperty());
        Button today = ActionButtons.of("source-checked-today", i18n.get("profile.ui.sources.today"),
                model::onCheckedToday);
        HBox accessedRow = new HBox(8, accessed, today);
        accessedRow.setId("source-accessed-row");
        Button save = ActionButtons.of("source-save", i18n.get("profile.ui.sources.save"), model::onSave);
        Paragraph notice = new Paragraph();
        notice.setId("sources-notice");
        notice.getStyleClass().add("notice-text");
        notice.textProperty().bind(model.noticeProperty());
        notice.visibleProperty().bind(notice.textProperty().isNotEmpty());
        notice.managedProperty().bind(notice.visibleProperty());
        HBox actions = new HBox(12, save, notice);
        actions.getStyleClass().add("toolbar");
        Paragraph urlProblem = FormLayout.problemText(model.errors().of("url"));
        urlProblem.setId("source-url-error");
        // the problems and the save button under the grid: hidden problems leave no empty grid rows behind
        Node form = new VBox(6, new FormLayout()
                .field(i18n.get("profile.ui.sources.field.title"), title, model.errors().of("title"))
                .field(i18n.get("profile.ui.sources.field.accessed"), accessedRow, model.errors().of("accessed"))
                .node(), urlProblem, FormLayout.problemText(model.errors().of(FormErrors.GENERAL)), actions);
        form.disableProperty().bind(model.canEdit().not());
        Label hint = new Label(i18n.get("profile.ui.sources.choose"));
        hint.getStyleClass().add("placeholder-text");
        hint.visibleProperty().bind(model.canEdit().not());
        hint.managedProperty().bind(hint.visibleProperty());
        VBox box = new VBox(10, summary, table, hint, form);
        box.getStyleClass().add("sources-dialog");
        return box;
    }

    /** The title, wrapping; right to left only when it is Arabic, whatever the window's direction. */
    private static TableColumn<SourceRow, String> title(String caption) {
        return Cells.ownDirectionColumn(caption, SourceRow::title, 230);
    }

    /**
     * The address, always left to right; under it, in the window's language and direction, what is wrong
     * with it (a link that is no web address).
     */
    private static TableColumn<SourceRow, SourceRow> address(String caption) {
        TableColumn<SourceRow, SourceRow> c = new TableColumn<>(caption);
        c.setId("col-source-url");
        c.setPrefWidth(280);
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue()));
        c.setCellFactory(col -> new TableCell<>() {
            // an address is one long word: shortened in its middle (whole in the tooltip), never wrapped
            private final Label url = new Label();
            private final Tooltip whole = new Tooltip();
            private final Paragraph problem = new Paragraph();
            private final VBox box = new VBox(2, url, problem);

            {
                url.setNodeOrientation(NodeOrientation.LEFT_TO_RIGHT);
                url.getStyleClass().add("source-url");
                url.setTextOverrun(OverrunStyle.CENTER_ELLIPSIS);
                url.setMinWidth(0);
                url.maxWidthProperty().bind(col.widthProperty().subtract(12));
                url.setTooltip(whole);
                problem.getStyleClass().add("field-error");
                problem.maxWidthProperty().bind(col.widthProperty().subtract(12));
                problem.managedProperty().bind(problem.visibleProperty());
                setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
            }

            @Override
            protected void updateItem(SourceRow item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                url.setText(item.url());
                whole.setText(item.url());
                problem.setText(item.problem());
                problem.setVisible(!item.problem().isEmpty());
                setText(item.problem().isEmpty() ? item.url() : item.url() + "\n" + item.problem());
                setGraphic(box);
            }
        });
        return c;
    }
}
