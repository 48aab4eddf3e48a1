package org.dialoguedesk.meeting.ui;

/**
 * What the after-the-meeting screen tells the officer after an action: a result (saved, copied) in the
 * screen's success style, or a refusal or failure in its warning style, so a file that was not written
 * never looks like one that was.
 */
public record MeetingNotice(String text, boolean warning) {

    public static final MeetingNotice NONE = new MeetingNotice("", false);

    public static MeetingNotice done(String text) {
        return new MeetingNotice(text, false);
    }

    public static MeetingNotice warning(String text) {
        return new MeetingNotice(text, true);
    }
}
