package org.dialoguedesk.meeting.ui;

import org.dialoguedesk.meeting.AgendaSession;
import org.dialoguedesk.meeting.ChecklistItem;
import org.dialoguedesk.meeting.Meeting;
import org.dialoguedesk.meeting.Participant;

/**
 * What the meetings screen's tables show, worded in the window's language on the store thread, each
 * row keeping the record it was made from so that actions act on it.
 */
public final class MeetingRows {

    private MeetingRows() {
    }

    /** A line of the meetings list. */
    public record MeetingRow(Meeting meeting, String title, String dialogue, String type, String dates, String city,
                             String status) {
    }

    /** One fact of the overview: what it is and its value. */
    public record Fact(String label, String value) {
    }

    /** One agenda slot. */
    public record SessionRow(AgendaSession session, String day, String time, String title, String kind, String chair, String speakers) {
    }

    /** One participant with the words the table shows. */
    public record ParticipantRow(Participant participant, String name, String nameAr, String delegation,
                                 String category, String role, String status, String visa, String funded) {
    }

    /** One checklist item with its due date counted back from the first day. */
    public record ChecklistRow(ChecklistItem item, String kind, String due, String done, boolean overdue,
                               String note) {
    }
}
