package org.dialoguedesk.exchange.ui;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.dialoguedesk.bundle.ConflictChoice;

/**
 * One field on which the two copies of a record differ, as the officer reads it: its name, this desk's
 * value and the bundle's, and the side chosen (none until the officer says).
 */
public final class FieldChoice {

    /**
     * One side's value: whole, as shown in the list (its first lines, each cut short, when it is long), and
     * what was left out of the list ("… and 3 more line(s)"), empty when nothing was.
     */
    public record Value(String whole, String shown, String leftOut) {

        /** True when the list does not show the value whole: the window then offers it whole beside. */
        public boolean shortened() {
            return !whole.equals(shown);
        }
    }

    private final String field;
    private final String label;
    private final Value mine;
    private final Value theirs;
    private final ObjectProperty<ConflictChoice> choice = new SimpleObjectProperty<>(this, "choice");

    FieldChoice(String field, String label, Value mine, Value theirs) {
        this.field = field;
        this.label = label;
        this.mine = mine;
        this.theirs = theirs;
    }

    /** The field's name in the record ({@code position}, {@code contact_email}), as resolving needs it. */
    public String field() {
        return field;
    }

    /** What the window calls the field. */
    public String label() {
        return label;
    }

    /** This desk's value. */
    public Value mine() {
        return mine;
    }

    /** The bundle's value. */
    public Value theirs() {
        return theirs;
    }

    /** The side kept; null until the officer chooses: nothing is decided silently. */
    public ObjectProperty<ConflictChoice> choiceProperty() {
        return choice;
    }
}
