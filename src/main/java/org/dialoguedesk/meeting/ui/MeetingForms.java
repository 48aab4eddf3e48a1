package org.dialoguedesk.meeting.ui;

import org.dialoguedesk.ui.FxDialogService;
import org.dialoguedesk.ui.I18n;

/** Tells the window's dialogs how to show the meeting forms (their views stay package-private). */
public final class MeetingForms {

    private MeetingForms() {
    }

    public static void register(FxDialogService dialogs, I18n i18n) {
        dialogs.register(MeetingFormModel.class, m -> MeetingFormView.of(m, i18n));
        dialogs.register(SessionFormModel.class, m -> SessionFormView.of(m, i18n));
        dialogs.register(ParticipantFormModel.class, m -> ParticipantFormView.of(m, i18n));
    }
}
