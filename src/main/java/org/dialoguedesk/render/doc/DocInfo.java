package org.dialoguedesk.render.doc;

import java.time.LocalDateTime;
import java.util.Objects;
import org.dialoguedesk.common.Lang;

/**
 * What a document says about itself: title, author (the secretariat), subject and creation time for
 * its metadata (a PDF is stamped with the moment it is written, a Word file with {@code created}); the
 * language it is written in (Arabic turns the whole document right to left); the line every page
 * header carries, with {@code mark} (such as RESTRICTED) beside it when it has one; and the localized
 * "Page {0} of {1}" and "Contents" that the writers put in the footer and above the table of contents;
 * and the {@link Frame} those header and footer lines go on.
 */
public record DocInfo(String title, String author, String subject, Lang lang, LocalDateTime created,
                      String header, String mark, String pageOf, String contents, Frame frame) {

    /**
     * Which pages carry the header and footer. A report's first page is its cover in PDF, without them;
     * a letter's first page carries its own letterhead, so it is bare in Word too, and the header and
     * "Page 2 of 2" only show on the pages after.
     */
    public enum Frame {
        REPORT, LETTER
    }

    /** A report's particulars: framed as {@link Frame#REPORT}. */
    public DocInfo(String title, String author, String subject, Lang lang, LocalDateTime created,
                   String header, String mark, String pageOf, String contents) {
        this(title, author, subject, lang, created, header, mark, pageOf, contents, Frame.REPORT);
    }

    public DocInfo {
        title = title == null ? "" : title;
        author = author == null ? "" : author;
        subject = subject == null ? "" : subject;
        Objects.requireNonNull(lang, "lang");
        Objects.requireNonNull(created, "created");
        header = header == null ? "" : header;
        mark = mark == null ? "" : mark;
        pageOf = pageOf == null || pageOf.isBlank() ? "{0} / {1}" : pageOf;
        contents = contents == null ? "" : contents;
        frame = frame == null ? Frame.REPORT : frame;
    }

    /** The same particulars for a letter: no header or footer on the first page, in PDF and Word alike. */
    public DocInfo asLetter() {
        return new DocInfo(title, author, subject, lang, created, header, mark, pageOf, contents, Frame.LETTER);
    }

    public boolean rightToLeft() {
        return lang.isRightToLeft();
    }

    /** "Page 3 of 41" in the document's language. */
    public String page(int page, int pages) {
        return pageOf.replace("{0}", String.valueOf(page)).replace("{1}", String.valueOf(pages));
    }
}
