package org.dialoguedesk.app;

import org.dialoguedesk.common.Lang;
import org.dialoguedesk.common.Messages;
import org.dialoguedesk.common.Settings;

/** The command line speaks the interface language chosen in the desk's settings (English by default). */
final class CommandMessages {

    private CommandMessages() {
    }

    static Messages of(Desk desk) {
        return new Messages(desk.settings().get(Settings.UI_LANGUAGE).flatMap(Lang::fromCode).orElse(Lang.EN));
    }
}
