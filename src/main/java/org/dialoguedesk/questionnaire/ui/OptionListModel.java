package org.dialoguedesk.questionnaire.ui;

import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.dialoguedesk.questionnaire.Choice;
import org.dialoguedesk.ui.LocalizedText;

/**
 * An editable list of coded, labelled options: a choice question's choices, or a table's rows or
 * columns. Its rows are edited in place; the order of the list is the order the focal point sees.
 */
public final class OptionListModel {

    /** One option being edited: its code and its label in the three languages. */
    public static final class Row {

        private final StringProperty code = new SimpleStringProperty(this, "code", "");
        private final LocalizedText label;

        Row(Choice initial) {
            code.set(initial.code());
            label = new LocalizedText(initial.label());
        }

        public StringProperty codeProperty() {
            return code;
        }

        public LocalizedText label() {
            return label;
        }

        Choice value() {
            return new Choice(code.get(), label.value());
        }
    }

    private final ObservableList<Row> rows = FXCollections.observableArrayList();

    public OptionListModel(List<Choice> initial) {
        initial.forEach(c -> rows.add(new Row(c)));
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    /** Adds an empty option at the end and returns it. */
    public Row add() {
        Row row = new Row(new Choice("", new org.dialoguedesk.common.Localized("", "", "")));
        rows.add(row);
        return row;
    }

    public void remove(Row row) {
        rows.remove(row);
    }

    /** Moves the option one place up (-1) or down (+1); nothing happens at either end. */
    public void move(Row row, int delta) {
        int from = rows.indexOf(row);
        int to = from + delta;
        if (from >= 0 && to >= 0 && to < rows.size()) {
            rows.remove(from);
            rows.add(to, row);
        }
    }

    /** The options as the question stores them; blank rows (added and never filled) are left out. */
    public List<Choice> values() {
        return rows.stream().map(Row::value)
                .filter(c -> !c.code().isEmpty() || !c.label().en().isEmpty() || !c.label().fr().isEmpty()
                        || !c.label().ar().isEmpty())
                .toList();
    }
}
