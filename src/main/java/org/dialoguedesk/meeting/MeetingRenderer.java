package org.dialoguedesk.meeting;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.dialoguedesk.common.Lang;
import org.dialoguedesk.common.Problem;

/**
 * Writes a meeting's documents; the rendering module implements it, the wiring hands it over. Every
 * method writes one whole file at {@code file} or, failing, leaves it as it was.
 */
public interface MeetingRenderer {

    /** The formats of the meeting's documents, with their file extensions. */
    enum Format {
        PDF("pdf"), DOCX("docx"), XLSX("xlsx");

        private final String extension;

        Format(String extension) {
            this.extension = extension;
        }

        public String extension() {
            return extension;
        }
    }

    /** A letter to one participant, in their working language, its body already filled in. */
    record LetterText(Participant participant, Lang lang, LetterTemplates.Kind kind, String bodyMarkdown) {
    }

    void agenda(MeetingExport export, Lang lang, Format format, Path file) throws IOException;

    void letter(MeetingExport export, LetterText letter, Format format, Path file) throws IOException;

    /** The participant list (PDF or XLSX) of those who agreed to be listed. */
    void participantList(MeetingExport export, Lang lang, Format format, Path file) throws IOException;

    /** The attendance sheet to sign, day by day (PDF). */
    void attendanceSheet(MeetingExport export, Lang lang, Path file) throws IOException;

    /** The hotel's rooming list (XLSX), headers and known room types in that language. */
    void roomingList(MeetingExport export, Lang lang, Path file) throws IOException;

    /** The flight arrivals, for the airport pick-ups (XLSX), in that language. */
    void arrivals(MeetingExport export, Lang lang, Path file) throws IOException;

    /**
     * Badges of everyone invited (PDF), their band and delegation in that language; a name printed smaller
     * than it should be comes back as a warning.
     */
    List<Problem> badges(MeetingExport export, Lang lang, Path file) throws IOException;

    /** A table tent card per country delegation, its name in English, French and Arabic (PDF). */
    List<Problem> tentCards(MeetingExport export, Path file) throws IOException;
}
