package org.dialoguedesk.exchange.ui;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.dialoguedesk.bundle.ConflictChoice;

/**
 * One field on which the two copies of a record differ, as the officer reads it: its name, this desk's
 * value and the bundle's, each whole and shortened, and the side chosen (none until the officer says).
 */
public final class FieldChoice {

    private final String field;
    private final String label;
    private final String mine;
    private final String theirs;
    private final String mineShort;
    private final String theirsShort;
    private final ObjectProperty<ConflictChoice> choice = new SimpleObjectProperty<>(this, "choice");

    FieldChoice(String field, String label, String mine, String theirs, String mineShort, String theirsShort) {
        this.field = field;
        this.label = label;
        this.mine = mine;
        this.theirs = theirs;
        this.mineShort = mineShort;
        this.theirsShort = theirsShort;
    }

    /** The field's name in the record ({@code position}, {@code contact_email}), as resolving needs it. */
    public String field() {
        return field;
    }

    /** What the window calls the field. */
    public String label() {
        return label;
    }

    /** This desk's value, whole. */
    public String mine() {
        return mine;
    }

    /** The bundle's value, whole. */
    public String theirs() {
        return theirs;
    }

    /** This desk's value, short enough for its place in the list; {@link #mine()} when it is short. */
    public String mineShort() {
        return mineShort;
    }

    public String theirsShort() {
        return theirsShort;
    }

    /** The side kept; null until the officer chooses: nothing is decided silently. */
    public ObjectProperty<ConflictChoice> choiceProperty() {
        return choice;
    }
}
