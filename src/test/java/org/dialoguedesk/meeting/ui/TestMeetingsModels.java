package org.dialoguedesk.meeting.ui;

import org.dialoguedesk.app.Desk;
import org.dialoguedesk.ui.DialogService;
import org.dialoguedesk.ui.I18n;
import org.dialoguedesk.ui.SameThreadJobRunner;

/** The meetings screen's view model on a test desk, its jobs run at once and any failure thrown. */
final class TestMeetingsModels {

    private TestMeetingsModels() {
    }

    static MeetingsViewModel of(Desk desk, DialogService dialogs, I18n i18n) {
        return new MeetingsViewModel(desk.meetings(), desk.invitations(), desk.roster(), new SameThreadJobRunner(e -> {
            throw new AssertionError(e);
        }), dialogs, i18n, desk.clock());
    }
}
