package org.dialoguedesk.app;

import java.util.function.Supplier;

/** Opens the desktop window (built in the ui package). */
final class WindowLauncher {

    private WindowLauncher() {
    }

    static void launch(Supplier<Desk> openDesk) {
        throw new UnsupportedOperationException("window under construction");
    }
}
