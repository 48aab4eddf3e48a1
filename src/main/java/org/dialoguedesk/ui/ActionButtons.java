package org.dialoguedesk.ui;

import javafx.scene.control.Button;
import javafx.scene.layout.Region;

/**
 * The screens' action buttons: an id for tests and the look harness, a label that is never cut short
 * (a toolbar too narrow wraps or scrolls rather than showing "Imp…"), and the action.
 */
public final class ActionButtons {

    private ActionButtons() {
    }

    public static Button of(String id, String text, Runnable action) {
        return setUp(new Button(), id, text, action);
    }

    /** Sets up a button a view already holds as a field. */
    public static Button setUp(Button b, String id, String text, Runnable action) {
        b.setText(text);
        b.setId(id);
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.setOnAction(e -> action.run());
        return b;
    }
}
