package org.dialoguedesk.meeting.ui;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import org.controlsfx.control.SearchableComboBox;
import org.dialoguedesk.common.Lang;
import org.dialoguedesk.roster.Country;
import org.dialoguedesk.ui.Cells;
import org.dialoguedesk.ui.I18n;

/** The controls the meeting forms are made of, each bound to its view-model property and given its id. */
final class FormFields {

    private FormFields() {
    }

    static TextField text(String id, StringProperty value) {
        TextField f = new TextField();
        f.setId(id);
        f.textProperty().bindBidirectional(value);
        return f;
    }

    /** A field for Latin script (a name as on the passport, an airport code): left to right in every language. */
    static TextField latin(String id, StringProperty value) {
        TextField f = text(id, value);
        f.setNodeOrientation(NodeOrientation.LEFT_TO_RIGHT);
        return f;
    }

    /** A field for Arabic script: right to left whatever the window's direction. */
    static TextField arabic(String id, StringProperty value) {
        TextField f = text(id, value);
        f.setNodeOrientation(NodeOrientation.RIGHT_TO_LEFT);
        f.getStyleClass().add("arabic-input");
        return f;
    }

    /** A short field for digits, dates or times, left to right in every language. */
    static TextField narrow(String id, StringProperty value, String prompt, double width) {
        TextField f = latin(id, value);
        f.setPromptText(prompt);
        f.setMaxWidth(width);
        f.setPrefColumnCount(6);
        return f;
    }

    static CheckBox check(String id, String label, BooleanProperty value) {
        CheckBox box = new CheckBox(label);
        box.setId(id);
        box.selectedProperty().bindBidirectional(value);
        return box;
    }

    static DatePicker date(String id, ObjectProperty<LocalDate> value, I18n i18n) {
        DatePicker picker = new DatePicker();
        picker.setId(id);
        picker.setConverter(i18n.dateConverter());
        picker.valueProperty().bindBidirectional(value);
        return picker;
    }

    @SafeVarargs
    static <E extends Enum<E>> ComboBox<E> choice(String id, ObjectProperty<E> value, I18n i18n, E... values) {
        return choice(id, value, FXCollections.observableArrayList(Arrays.asList(values)), i18n::name, "");
    }

    static <T> ComboBox<T> choice(String id, ObjectProperty<T> value, ObservableList<T> items,
                                  Function<? super T, String> name, String none) {
        ComboBox<T> box = new ComboBox<>(items);
        box.setId(id);
        Cells.nameItems(box, name, none);
        box.valueProperty().bindBidirectional(value);
        return box;
    }

    /** A long list (countries, delegations) the officer can type into to narrow. */
    static <T> SearchableComboBox<T> searchable(String id, ObjectProperty<T> value, ObservableList<T> items,
                                                Function<? super T, String> name, String none) {
        SearchableComboBox<T> box = new SearchableComboBox<>(items);
        box.setId(id);
        box.setMaxWidth(Double.MAX_VALUE);
        Cells.nameItems(box, name, none);
        box.valueProperty().bindBidirectional(value);
        return box;
    }

    static SearchableComboBox<Country> country(String id, ObjectProperty<Country> value, ObservableList<Country> items,
                                               I18n i18n) {
        return searchable(id, value, items, c -> i18n.text(c.name()), i18n.get("meeting.edit.none"));
    }

    /** One tick box per language, ids {@code <idPrefix>-en}, {@code -fr}, {@code -ar}. */
    static Node languages(String idPrefix, LanguageChecks checks, I18n i18n) {
        List<Node> boxes = Arrays.stream(Lang.values()).map(lang -> (Node) check(
                idPrefix + "-" + lang.code().toLowerCase(Locale.ROOT), i18n.name(lang), checks.of(lang))).toList();
        HBox row = new HBox(14);
        row.getChildren().setAll(boxes);
        return row;
    }

    /** Fields side by side on one line of the form (a date and a time). */
    static HBox row(Node... nodes) {
        return new HBox(8, nodes);
    }

    /** A heading between groups of fields of a long form. */
    static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("section-title");
        return l;
    }

    /** A long form scrolls inside its dialog. */
    static ScrollPane scroll(Node form, double height) {
        ScrollPane scroll = new ScrollPane(form);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(height);
        scroll.setPrefViewportWidth(680);
        scroll.getStyleClass().add("form-scroll");
        return scroll;
    }
}
