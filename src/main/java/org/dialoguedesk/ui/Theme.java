package org.dialoguedesk.ui;

import java.net.URL;
import javafx.application.Application;

/**
 * The desk's look: one user-agent stylesheet ({@code desk.css}, which builds on Modena and names its
 * colours as looked-up colours), so dialogs and popups follow it without each adding a stylesheet.
 */
public final class Theme {

    public static final String STYLESHEET = "/org/dialoguedesk/ui/desk.css";

    private Theme() {
    }

    /** Call on the FX thread before the first window is shown. */
    public static void install() {
        URL css = Theme.class.getResource(STYLESHEET);
        if (css == null) {
            throw new IllegalStateException("The application is missing its stylesheet " + STYLESHEET);
        }
        Application.setUserAgentStylesheet(css.toExternalForm());
    }
}
