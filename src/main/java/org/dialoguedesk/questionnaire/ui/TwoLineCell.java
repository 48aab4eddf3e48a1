package org.dialoguedesk.questionnaire.ui;

import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.dialoguedesk.ui.Paragraph;

/**
 * A list cell of this screen: a main text that wraps to the list's width (a {@link Paragraph}, so
 * an Arabic title wraps and a mixed one reads in order), an optional status chip beside it, and a
 * muted detail under it (a paragraph too: it mixes codes and dates with words). The cell's own text is the main text, for keyboard search and tests.
 */
final class TwoLineCell<T> extends ListCell<T> {

    private final Function<T, String> main;
    private final Function<T, String> chip;
    private final Function<T, String> detail;
    private final Function<T, String> style;
    private final Paragraph mainText = new Paragraph();
    private final Label chipLabel = new Label();
    private final Paragraph detailText = new Paragraph();
    private final VBox box;
    private String styled;

    /**
     * @param chip the chip's text, or null for none
     * @param style an extra style class for the item's cell, or null
     */
    TwoLineCell(ListView<T> list, Function<T, String> main, Function<T, String> chip, Function<T, String> detail,
                Function<T, String> style) {
        this.main = main;
        this.chip = chip;
        this.detail = detail;
        this.style = style;
        mainText.getStyleClass().add("cell-main");
        chipLabel.getStyleClass().add("status-chip");
        chipLabel.setMinWidth(Label.USE_PREF_SIZE);
        detailText.getStyleClass().add("cell-detail");
        // the list's width less the cell's padding, the scroll bar and the chip: the texts wrap instead
        // of widening the cell, which would give the list a horizontal scroll bar
        DoubleBinding room = Bindings.createDoubleBinding(() -> list.getWidth() - snappedLeftInset()
                - snappedRightInset() - 24, list.widthProperty(), paddingProperty());
        mainText.maxWidthProperty().bind(chip == null ? room : room.subtract(chipLabel.widthProperty()).subtract(8));
        detailText.maxWidthProperty().bind(room);
        HBox top = new HBox(8, mainText, chipLabel);
        box = new VBox(2, top, detailText);
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
    }

    @Override
    protected void updateItem(T item, boolean empty) {
        super.updateItem(item, empty);
        if (styled != null) {
            getStyleClass().remove(styled);
            styled = null;
        }
        if (empty || item == null) {
            setText(null);
            setGraphic(null);
            return;
        }
        String text = main.apply(item);
        setText(text);
        mainText.setText(text);
        String c = chip == null ? "" : chip.apply(item);
        chipLabel.setText(c);
        chipLabel.setVisible(!c.isEmpty());
        chipLabel.setManaged(!c.isEmpty());
        String d = detail.apply(item);
        detailText.setText(d);
        detailText.setVisible(!d.isEmpty());
        detailText.setManaged(!d.isEmpty());
        if (style != null) {
            styled = style.apply(item);
            getStyleClass().add(styled);
        }
        setGraphic(box);
    }
}
