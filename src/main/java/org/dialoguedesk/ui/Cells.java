package org.dialoguedesk.ui;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.NodeOrientation;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.util.Callback;
import javafx.util.StringConverter;

/** Small builders for list cells and table columns that show a value as text. */
public final class Cells {

    private Cells() {
    }

    public static <T> Callback<ListView<T>, ListCell<T>> named(Function<? super T, String> text) {
        return list -> new ParagraphCell<>(item -> item == null ? null : text.apply(item), true);
    }

    /** Shows items by that text in the list and in the button; {@code none} names the null choice. */
    public static <T> void nameItems(ComboBox<T> box, Function<? super T, String> text, String none) {
        box.setCellFactory(named(t -> t == null ? none : text.apply(t)));
        box.setButtonCell(new ParagraphCell<>(item -> item == null ? none : text.apply(item), false));
        // searchable combo boxes filter by the converter's text
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T item) {
                return item == null ? "" : text.apply(item);
            }

            @Override
            public T fromString(String typed) {
                return box.getItems().stream().filter(t -> t != null && text.apply(t).equals(typed))
                        .findFirst().orElse(null);
            }
        });
    }

    /**
     * A list cell whose text is drawn by a {@link Paragraph}, so that labels mixing Arabic and Latin
     * ("GIS — دائرة الهجرة الغانية") read in the right order; the cell's own text is still set, for
     * keyboard selection and tests.
     */
    private static final class ParagraphCell<T> extends ListCell<T> {

        private final Function<T, String> text;
        private final boolean blankWhenEmpty;
        private final Paragraph paragraph = new Paragraph();

        ParagraphCell(Function<T, String> text, boolean blankWhenEmpty) {
            this.text = text;
            this.blankWhenEmpty = blankWhenEmpty;
            setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        }

        @Override
        protected void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            String shown = empty && blankWhenEmpty ? null : text.apply(empty ? null : item);
            setText(shown);
            paragraph.setText(shown == null ? "" : shown);
            setGraphic(shown == null ? null : paragraph);
        }
    }

    public static <R> TableColumn<R, String> column(String title, Function<? super R, String> value, double width) {
        TableColumn<R, String> c = new TableColumn<>(title);
        c.setCellValueFactory(f -> new ReadOnlyStringWrapper(f.getValue() == null ? "" : value.apply(f.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    /** A column of Latin-script identifiers (emails, phone numbers): left to right in an Arabic window too. */
    public static <R> TableColumn<R, String> ltrColumn(String title, Function<? super R, String> value, double width) {
        return directedColumn(title, value, width, NodeOrientation.LEFT_TO_RIGHT, "ltr-cell");
    }

    /** A column of Arabic text: right-to-left cells whatever the window's direction. */
    public static <R> TableColumn<R, String> arabicColumn(String title, Function<? super R, String> value,
                                                          double width) {
        return directedColumn(title, value, width, NodeOrientation.RIGHT_TO_LEFT, "arabic-cell");
    }

    /**
     * A column of long texts (problem messages) or of texts that may mix Arabic and Latin script
     * (organisations, "IOM — المنظمة الدولية للهجرة"): shown as a {@link Paragraph}, they wrap and
     * read in the right order, and the row grows to show them whole.
     */
    public static <R> TableColumn<R, String> wrappingColumn(String title, Function<? super R, String> value,
                                                            double width) {
        return wrapping(title, value, width, false);
    }

    /**
     * A wrapping column of texts written by officers in any language (notes, titles): each reads left
     * to right unless it is Arabic, whatever the window's direction, so a French note keeps its full
     * stop at its end in an Arabic window.
     */
    public static <R> TableColumn<R, String> ownDirectionColumn(String title, Function<? super R, String> value,
                                                                double width) {
        return wrapping(title, value, width, true);
    }

    private static <R> TableColumn<R, String> wrapping(String title, Function<? super R, String> value, double width,
                                                       boolean ownDirection) {
        TableColumn<R, String> c = column(title, value, width);
        c.setCellFactory(col -> new TableCell<>() {
            private final Paragraph text = new Paragraph();

            {
                text.maxWidthProperty().bind(col.widthProperty().subtract(12));
                setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                String shown = empty || item == null ? "" : item;
                text.setText(shown);
                if (ownDirection) {
                    text.setNodeOrientation(ArabicText.in(shown) ? NodeOrientation.RIGHT_TO_LEFT
                            : NodeOrientation.LEFT_TO_RIGHT);
                    // the cell's own text is kept for tests and screen readers
                    setText(shown);
                }
                setGraphic(empty ? null : text);
            }
        });
        return c;
    }

    private static <R> TableColumn<R, String> directedColumn(String title, Function<? super R, String> value,
                                                             double width, NodeOrientation direction,
                                                             String styleClass) {
        TableColumn<R, String> c = column(title, value, width);
        c.setCellFactory(col -> new TableCell<>() {
            {
                setNodeOrientation(direction);
                getStyleClass().add(styleClass);
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
            }
        });
        return c;
    }
}
