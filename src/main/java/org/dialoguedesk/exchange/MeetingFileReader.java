package org.dialoguedesk.exchange;

import java.io.InputStream;
import java.util.List;
import java.util.Map;

/**
 * Reads a meeting written as JSON ({@code sample-data/meeting-rabat-border-2019.json}): the meeting,
 * its checklist, agenda, notes, conclusions and participants, shaped as described in the sample data
 * README. Dates and times stay text here: the meeting core reads them, refusing days that do not
 * exist with a message naming the field.
 */
public final class MeetingFileReader {

    /** The meeting; {@code dialogue} is the dialogue's key, texts in several languages are maps by code. */
    public record MeetingEntry(String dialogue, String type, Map<String, String> title, String thematicArea,
                               String host, Map<String, String> city, Map<String, String> venue, String start,
                               String end,
                               List<String> coChairs, List<String> workingLanguages, List<String> booths,
                               int capacity, String status, List<ChecklistEntry> checklist,
                               List<SessionEntry> sessions, List<NoteEntry> notes,
                               List<ConclusionsEntry> conclusions, List<ParticipantEntry> participants) {
    }

    public record ChecklistEntry(String kind, int daysBefore, String done, String note) {
    }

    public record SessionEntry(String day, String start, String end, String kind, Map<String, String> title,
                               String chair, List<String> speakers, String language, boolean interpreted) {
    }

    /** @param session the position of the session in the agenda, from 1 */
    public record NoteEntry(int session, String text) {
    }

    public record ConclusionsEntry(String language, String status, String text) {
    }

    /** Exactly one of {@code country} (alpha-3) and {@code organisation} (its roster key) is set. */
    public record ParticipantEntry(String name, String nameAr, String gender, String country, String organisation,
                                   String category, String role, String status, String language,
                                   boolean consentToList, LogisticsEntry logistics) {
    }

    public record LogisticsEntry(FundingEntry funded, FlightEntry arrival, FlightEntry departure, HotelEntry hotel,
                                 VisaEntry visa, PassportEntry passport, String dietary, String accessibility) {
    }

    public record FundingEntry(boolean travel, boolean hotel, boolean perDiem) {
    }

    /** @param at day and time, {@code YYYY-MM-DDTHH:MM} */
    public record FlightEntry(String flight, String at, String airport) {
    }

    public record HotelEntry(String checkIn, String checkOut, String roomType, String bookingReference) {
    }

    public record VisaEntry(boolean needed, String letterRequested, String letterIssued, String embassy) {
    }

    public record PassportEntry(String number, String nationality, String expiry, String birthDate) {
    }

    public MeetingEntry read(InputStream in, String name) {
        return StrictJson.read(in, name, MeetingEntry.class, "meeting");
    }
}
