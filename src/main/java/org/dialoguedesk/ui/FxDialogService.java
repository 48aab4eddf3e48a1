package org.dialoguedesk.ui;

import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * Dialogs in the window. Forms are shown by the view registered for their model's class, so this
 * shell class needs to know no feature's screens.
 */
public final class FxDialogService implements DialogService {

    private final Window owner;
    private final I18n i18n;
    private final Map<Class<?>, Function<Object, Node>> formViews = new LinkedHashMap<>();

    public FxDialogService(Window owner, I18n i18n) {
        this.owner = owner;
        this.i18n = i18n;
    }

    /** Declares how to show forms of that model class. */
    public <M extends FormModel> void register(Class<M> type, Function<? super M, ? extends Node> view) {
        formViews.put(type, model -> view.apply(type.cast(model)));
    }

    @Override
    public void showError(String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message, ok());
        prepare(alert, i18n.get("ui.dialog.error.title"));
        alert.getDialogPane().setContent(message(message));
        alert.setHeaderText(null);
        alert.setGraphic(icon("error"));
        alert.showAndWait();
    }

    @Override
    public boolean confirm(String title, String message) {
        ButtonType yes = new ButtonType(i18n.get("ui.dialog.ok"), ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, message, yes, cancel());
        prepare(alert, title);
        alert.getDialogPane().setContent(message(message));
        alert.setHeaderText(null);
        alert.setGraphic(icon("confirm"));
        return alert.showAndWait().filter(yes::equals).isPresent();
    }

    @Override
    public Optional<LocalDate> askDate(String title, String label, LocalDate initial) {
        Dialog<LocalDate> dialog = new Dialog<>();
        prepare(dialog, title);
        DatePicker picker = new DatePicker(initial);
        picker.setConverter(i18n.dateConverter());
        picker.setId("ask-date");
        Label caption = new Label(label);
        caption.setLabelFor(picker);
        VBox box = new VBox(6, caption, picker);
        box.getStyleClass().add("form");
        ButtonType ok = ok();
        dialog.getDialogPane().setContent(box);
        dialog.getDialogPane().getButtonTypes().setAll(ok, cancel());
        dialog.setResultConverter(b -> b == ok ? picker.getValue() : null);
        return dialog.showAndWait();
    }

    @Override
    public void showForm(FormModel form) {
        Function<Object, Node> view = formViews.entrySet().stream()
                .filter(e -> e.getKey().isInstance(form)).map(Map.Entry::getValue).findFirst()
                .orElseThrow(() -> new IllegalStateException("No view registered for " + form.getClass()));
        Dialog<Void> dialog = new Dialog<>();
        prepare(dialog, form.title());
        ButtonType submit = new ButtonType(form.submitLabel(), ButtonData.OK_DONE);
        ButtonType close = form.closeLabel().map(l -> new ButtonType(l, ButtonData.CANCEL_CLOSE)).orElseGet(this::cancel);
        dialog.getDialogPane().getButtonTypes().setAll(submit, close);
        dialog.getDialogPane().setContent(view.apply(form));
        Button submitButton = (Button) dialog.getDialogPane().lookupButton(submit);
        submitButton.setId("form-submit");
        submitButton.disableProperty().bind(Bindings.not(form.submittableProperty()));
        submitButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            form.submit();
        });
        form.doneProperty().subscribe(done -> {
            if (done) {
                dialog.setResult(null);
                dialog.close();
            }
        });
        dialog.setOnHidden(e -> {
            if (!form.doneProperty().get()) {
                form.dismissed();
            }
        });
        dialog.show();
        // the form grows when problems or the duplicate warning appear: keep the window fitting it
        DialogPane pane = dialog.getDialogPane();
        pane.needsLayoutProperty().subscribe(needsLayout -> {
            if (!needsLayout && Math.abs(pane.prefHeight(pane.getWidth()) - pane.getHeight()) > 1) {
                Platform.runLater(() -> {
                    if (pane.getScene() != null && pane.getScene().getWindow() != null) {
                        pane.getScene().getWindow().sizeToScene();
                    }
                });
            }
        });
    }

    @Override
    public Optional<Path> openFile(String title, List<FileType> types) {
        return Optional.ofNullable(chooser(title, types).showOpenDialog(owner)).map(File::toPath);
    }

    @Override
    public List<Path> openFiles(String title, List<FileType> types) {
        List<File> chosen = chooser(title, types).showOpenMultipleDialog(owner);
        return chosen == null ? List.of() : chosen.stream().map(File::toPath).toList();
    }

    @Override
    public Optional<Path> saveFile(String title, String suggestedName, List<FileType> types) {
        FileChooser chooser = chooser(title, types);
        chooser.setInitialFileName(suggestedName);
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseFolder(String title) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        return Optional.ofNullable(chooser.showDialog(owner)).map(File::toPath);
    }

    private static FileChooser chooser(String title, List<FileType> types) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        for (FileType t : types) {
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(t.description(),
                    t.extensions().stream().map(e -> "*." + e).toList()));
        }
        return chooser;
    }

    /**
     * The alert's sign, drawn by the theme. Modena's own PNG icons cannot be used: imported into
     * desk.css, their relative URLs no longer resolve.
     */
    public static Node icon(String kind) {
        Label sign = new Label("error".equals(kind) ? "!" : "?");
        sign.getStyleClass().addAll("alert-icon", kind);
        return sign;
    }

    /** An alert's text as a paragraph: the alert's own label would not wrap Arabic. */
    private static Node message(String text) {
        Paragraph p = new Paragraph(text);
        p.setId("alert-message");
        p.getStyleClass().add("alert-message");
        return p;
    }

    private void prepare(Dialog<?> dialog, String title) {
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(title);
        dialog.setResizable(true);
        dialog.getDialogPane().setNodeOrientation(i18n.orientation());
        dialog.getDialogPane().getStyleClass().add("desk-dialog");
    }

    private ButtonType ok() {
        return new ButtonType(i18n.get("ui.dialog.ok"), ButtonData.OK_DONE);
    }

    private ButtonType cancel() {
        return new ButtonType(i18n.get("ui.dialog.cancel"), ButtonData.CANCEL_CLOSE);
    }
}
