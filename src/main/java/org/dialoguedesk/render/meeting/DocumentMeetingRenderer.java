package org.dialoguedesk.render.meeting;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dialoguedesk.common.AtomicFiles;
import org.dialoguedesk.common.Lang;
import org.dialoguedesk.common.Localized;
import org.dialoguedesk.common.Messages;
import org.dialoguedesk.common.Problem;
import org.dialoguedesk.common.table.Table;
import org.dialoguedesk.meeting.LetterTemplates;
import org.dialoguedesk.meeting.MeetingDocuments;
import org.dialoguedesk.meeting.MeetingExport;
import org.dialoguedesk.meeting.MeetingRenderer;
import org.dialoguedesk.meeting.Participant;
import org.dialoguedesk.meeting.ParticipantRole;
import org.dialoguedesk.render.doc.Card;
import org.dialoguedesk.render.doc.CardProblem;
import org.dialoguedesk.render.doc.Doc;
import org.dialoguedesk.render.doc.DocxDocWriter;
import org.dialoguedesk.render.doc.Letter;
import org.dialoguedesk.render.doc.MarkdownBlocks;
import org.dialoguedesk.render.doc.PdfCardSheetWriter;
import org.dialoguedesk.render.doc.PdfDocWriter;
import org.dialoguedesk.render.sheet.XlsxTables;

/** A meeting's documents through the document toolkit: PDF and Word, badge sheets, Excel lists. */
public final class DocumentMeetingRenderer implements MeetingRenderer {

    /**
     * The band colour of each role's badges: what the wearer does at the meeting (co-chair, head of
     * delegation, speaker...) is what ushers and security act on; the delegation is printed above it.
     */
    private static final Map<ParticipantRole, Integer> BANDS = Map.of(
            ParticipantRole.CO_CHAIR, 0xB71C1C, ParticipantRole.HEAD_OF_DELEGATION, 0x1F4E79,
            ParticipantRole.DELEGATE, 0x2E7D32, ParticipantRole.SPEAKER, 0xC55A11,
            ParticipantRole.INTERPRETER, 0x6A1B9A, ParticipantRole.STAFF, 0x455A64);

    /** Room types the lists translate: keys {@code meeting.docs.room.<type as typed, lower case>}. */
    private static final Set<String> ROOM_TYPES = Set.of("meeting.docs.room.single", "meeting.docs.room.double",
            "meeting.docs.room.twin", "meeting.docs.room.suite");

    private final PdfDocWriter pdf = new PdfDocWriter();
    private final DocxDocWriter docx = new DocxDocWriter();
    private final PdfCardSheetWriter cards = new PdfCardSheetWriter();

    @Override
    public void agenda(MeetingExport export, Lang lang, Format format, Path file) throws IOException {
        write(MeetingDocs.agenda(export, lang), format, file);
    }

    @Override
    public void letter(MeetingExport export, MeetingRenderer.LetterText letter, Format format, Path file)
            throws IOException {
        Lang lang = letter.lang();
        Messages m = new Messages(lang);
        Participant p = letter.participant();
        String sender = m.get("meeting.docs.author", export.dialogueName().in(lang));
        String subject = m.get(letter.kind() == LetterTemplates.Kind.VISA ? "meeting.docs.subject.visa"
                : "meeting.docs.subject.invitation", export.meeting().title().in(lang));
        String name = lang == Lang.AR && !p.nameAr().isEmpty() ? p.nameAr() : p.name();
        Letter l = new Letter(sender, MeetingDocuments.dates(export.printedOn(), export.printedOn(), lang),
                List.of(name, export.delegationName(p).in(lang)), subject,
                MarkdownBlocks.of(letter.bodyMarkdown(), "", "letter"), List.of(sender));
        write(l.toDoc(MeetingDocs.info(export, lang, subject)), format, file);
    }

    @Override
    public void participantList(MeetingExport export, Lang lang, Format format, Path file) throws IOException {
        if (format != Format.XLSX) {
            write(MeetingDocs.participantList(export, lang), format, file);
            return;
        }
        Messages m = new Messages(lang);
        List<List<String>> rows = new ArrayList<>();
        for (Participant p : export.participants(lang, MeetingExport::listed)) {
            rows.add(List.of(export.delegationName(p).in(lang), p.name(), p.nameAr(), m.name(p.role())));
        }
        XlsxTables.writePrintable(new Table(List.of(m.get("meeting.docs.col.delegation"),
                m.get("meeting.docs.col.name"), m.get("meeting.docs.col.nameAr"), m.get("meeting.docs.col.role")), rows),
                file,
                m.get("meeting.docs.participantList"), lang == Lang.AR);
    }

    @Override
    public void attendanceSheet(MeetingExport export, Lang lang, Path file) throws IOException {
        write(MeetingDocs.attendanceSheet(export, lang), Format.PDF, file);
    }

    @Override
    public void roomingList(MeetingExport export, Lang lang, Path file) throws IOException {
        Messages m = new Messages(lang);
        List<List<String>> rows = new ArrayList<>();
        for (Participant p : export.participants(lang, MeetingExport::invited)) {
            p.logistics().hotelStay().ifPresent(h -> rows.add(List.of(p.name(), export.delegationName(p).in(lang),
                    m.name(p.status()), String.valueOf(h.checkIn()), String.valueOf(h.checkOut()),
                    roomType(h.roomType(), m), h.bookingReference(), p.logistics().dietary(),
                    p.logistics().accessibility())));
        }
        XlsxTables.writePrintable(new Table(List.of(m.get("meeting.docs.col.name"),
                m.get("meeting.docs.col.delegation"), m.get("meeting.docs.col.status"), m.get("meeting.docs.col.checkIn"),
                m.get("meeting.docs.col.checkOut"), m.get("meeting.docs.col.room"), m.get("meeting.docs.col.booking"),
                m.get("meeting.docs.col.dietary"), m.get("meeting.docs.col.accessibility")), rows), file,
                m.get("meeting.docs.rooming"), lang == Lang.AR);
    }

    /** The usual room types in the list's language; any other the officer typed is printed as typed. */
    static String roomType(String typed, Messages m) {
        String key = "meeting.docs.room." + typed.toLowerCase(Locale.ROOT);
        return ROOM_TYPES.contains(key) ? m.get(key) : typed;
    }

    @Override
    public void arrivals(MeetingExport export, Lang lang, Path file) throws IOException {
        Messages m = new Messages(lang);
        List<List<String>> rows = new ArrayList<>();
        for (Participant p : export.participants(lang, MeetingExport::invited)) {
            p.logistics().arrivalFlight().ifPresent(f -> rows.add(List.of(String.valueOf(f.at()).replace('T', ' '),
                    f.number(), f.airport(), p.name(), export.delegationName(p).in(lang), m.name(p.status()),
                    m.get(p.logistics().hotelStay().isPresent() ? "meeting.docs.yes" : "meeting.docs.no"))));
        }
        rows.sort((a, b) -> a.get(0).compareTo(b.get(0)));
        XlsxTables.writePrintable(new Table(List.of(m.get("meeting.docs.col.arrival"),
                m.get("meeting.docs.col.flight"),
                m.get("meeting.docs.col.airport"), m.get("meeting.docs.col.name"), m.get("meeting.docs.col.delegation"),
                m.get("meeting.docs.col.status"), m.get("meeting.docs.col.hotel")), rows), file,
                m.get("meeting.docs.arrivals"), lang == Lang.AR);
    }

    /**
     * Badges of everyone invited, the band naming the role in the sheet's language. The band is read
     * by the venue's staff, security and the other delegations, not by the wearer, so it follows the sheet
     * the secretariat chooses to print (usually in the host's language) rather than each participant's
     * working language; its colour tells the role to those who read none of the three.
     */
    @Override
    public List<Problem> badges(MeetingExport export, Lang lang, Path file) throws IOException {
        Messages m = new Messages(lang);
        List<Participant> people = export.participants(lang, MeetingExport::invited);
        List<Card> list = new ArrayList<>();
        for (Participant p : people) {
            List<Card.Line> lines = new ArrayList<>();
            lines.add(Card.Line.of(p.name(), 22, true));
            if (!p.nameAr().isEmpty()) {
                lines.add(Card.Line.of(p.nameAr(), 20, true));
            }
            lines.add(Card.Line.of(export.delegationName(p).in(lang), 13, false));
            list.add(new Card(lines, new Card.Band(m.name(p.role()), band(p.role()))));
        }
        List<CardProblem> found = new ArrayList<>();
        AtomicFiles.write(file, out -> found.addAll(cards.writeBadges(list, out)));
        return found.stream().map(c -> Problem.of("badge", "meeting.docs.warning.badge",
                people.get(c.card()).name())).distinct().toList();
    }

    /** The band colour of a role's badges, as 0xRRGGBB. */
    static int band(ParticipantRole role) {
        return BANDS.get(role);
    }

    @Override
    public List<Problem> tentCards(MeetingExport export, Path file) throws IOException {
        List<Card> list = new ArrayList<>();
        for (MeetingExport.DelegationGroup g : export.delegations(Lang.EN, MeetingExport::invited)) {
            if (g.delegation().country().isPresent()) {
                Localized n = g.name();
                list.add(Card.of(List.of(Card.Line.of(n.in(Lang.EN), 60, true), Card.Line.of(n.in(Lang.FR), 34, false),
                        Card.Line.of(n.in(Lang.AR), 34, false))));
            }
        }
        List<CardProblem> found = new ArrayList<>();
        AtomicFiles.write(file, out -> found.addAll(cards.writeTentCards(list, out)));
        return found.stream().map(c -> Problem.of("tent", "meeting.docs.warning.tent", c.text())).distinct().toList();
    }

    private void write(Doc doc, Format format, Path file) throws IOException {
        if (format == Format.PDF) {
            AtomicFiles.write(file, out -> pdf.write(doc, out));
        } else {
            Map<String, Integer> pages = pdf.pages(doc);
            AtomicFiles.write(file, out -> docx.write(doc, pages, out));
        }
    }
}
