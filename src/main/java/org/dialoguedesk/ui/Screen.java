package org.dialoguedesk.ui;

import javafx.scene.Node;

/**
 * One part of the window reached from the navigation. A screen adds its listeners in
 * {@link #onShown()} and removes them in {@link #onHidden()} (Bisq 2's lifecycle), so a screen
 * out of sight does no work.
 */
public interface Screen {

    /** Kebab-case name, used for the navigation button's id ({@code nav-<key>}). */
    String key();

    String title();

    Node root();

    void onShown();

    void onHidden();
}
