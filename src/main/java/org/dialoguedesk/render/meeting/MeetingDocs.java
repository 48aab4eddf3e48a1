package org.dialoguedesk.render.meeting;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DecimalStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dialoguedesk.common.Lang;
import org.dialoguedesk.common.Messages;
import org.dialoguedesk.meeting.AgendaSession;
import org.dialoguedesk.meeting.Meeting;
import org.dialoguedesk.meeting.MeetingDocuments;
import org.dialoguedesk.meeting.MeetingExport;
import org.dialoguedesk.meeting.Participant;
import org.dialoguedesk.meeting.SessionKind;
import org.dialoguedesk.render.doc.Block;
import org.dialoguedesk.render.doc.Doc;
import org.dialoguedesk.render.doc.DocInfo;
import org.dialoguedesk.render.doc.Span;

/**
 * A meeting's agenda, participant list and attendance sheet as documents, in one language: a title
 * block (meeting, place, dates), then a table per day or per delegation.
 */
final class MeetingDocs {

    /** Points a row of the attendance sheet is tall: room for a hand-written signature. */
    private static final float SIGNATURE_ROW = 30;

    private MeetingDocs() {
    }

    static DocInfo info(MeetingExport export, Lang lang, String what) {
        Messages m = new Messages(lang);
        String title = export.meeting().title().in(lang);
        return new DocInfo(what + " \u2014 " + title, m.get("meeting.docs.author", export.dialogueName().in(lang)), what,
                lang, LocalDateTime.of(export.printedOn(), LocalTime.NOON), what + " \u00b7 " + title, "",
                m.get("profile.render.pageOf", "{0}", "{1}"), "");
    }

    private static void titleBlock(MeetingExport export, Lang lang, String what, List<Block> blocks) {
        Meeting meeting = export.meeting();
        blocks.add(Block.Para.of(Block.Style.TITLE, meeting.title().in(lang)));
        blocks.add(Block.Para.of(Block.Style.SUBTITLE, what));
        String venue = MeetingDocuments.venue(meeting, lang);
        blocks.add(Block.Para.of(Block.Style.COVER, meeting.city().in(lang) + (venue.isEmpty() ? ""
                : " \u2014 " + venue) + "\n" + MeetingDocuments.dates(meeting.startDate(), meeting.endDate(),
                lang)));
    }

    static Doc agenda(MeetingExport export, Lang lang) {
        Messages m = new Messages(lang);
        String what = m.get("meeting.docs.agenda");
        List<Block> blocks = new ArrayList<>();
        titleBlock(export, lang, what, blocks);
        Map<LocalDate, List<AgendaSession>> days = new TreeMap<>();
        export.sessions().forEach(s -> days.computeIfAbsent(s.day(), d -> new ArrayList<>()).add(s));
        int n = 0;
        for (Map.Entry<LocalDate, List<AgendaSession>> day : days.entrySet()) {
            n++;
            blocks.add(new Block.Heading(1, "", m.get("meeting.docs.day", n, longDate(day.getKey(), lang)), "day-" + n));
            List<List<List<Span>>> rows = new ArrayList<>();
            rows.add(List.of(cell(m.get("meeting.docs.col.time")), cell(m.get("meeting.docs.col.session")),
                    cell(m.get("meeting.docs.col.language"))));
            for (AgendaSession s : day.getValue()) {
                rows.add(List.of(cell(s.start() + "\u2013" + s.end()), session(s, lang, m),
                        cell(s.kind() == SessionKind.BREAK ? "" : m.name(s.language()) + (s.interpreted()
                                ? "\n" + m.get("meeting.docs.interpreted", booths(export.meeting(), m)) : ""))));
            }
            blocks.add(new Block.Table(rows, 1, 0, List.of(2f, 8f, 3f)));
        }
        return new Doc(MeetingDocs.info(export, lang, what), blocks);
    }

    private static String booths(Meeting meeting, Messages m) {
        return String.join(m.get("meeting.docs.listSeparator"), meeting.booths().stream().map(m::name).toList());
    }

    private static List<Span> session(AgendaSession s, Lang lang, Messages m) {
        List<Span> spans = new ArrayList<>();
        spans.add(Span.bold(s.title().in(lang)));
        if (s.kind() != SessionKind.BREAK) {
            spans.add(Span.plain("\n" + m.name(s.kind())));
        }
        if (!s.chair().isEmpty()) {
            spans.add(Span.plain("\n" + m.get("meeting.docs.chair", s.chair())));
        }
        if (!s.speakers().isEmpty()) {
            spans.add(Span.plain("\n" + m.get("meeting.docs.speakers") + "\n\u2022 " + String.join("\n\u2022 ",
                    s.speakers())));
        }
        return spans;
    }

    static Doc participantList(MeetingExport export, Lang lang) {
        Messages m = new Messages(lang);
        String what = m.get("meeting.docs.participantList");
        List<Block> blocks = new ArrayList<>();
        titleBlock(export, lang, what, blocks);
        for (MeetingExport.DelegationGroup g : export.delegations(lang, MeetingExport::listed)) {
            blocks.add(new Block.Heading(2, "", g.name().in(lang), "d-" + blocks.size()));
            List<List<Block>> items = new ArrayList<>();
            for (Participant p : g.participants()) {
                String name = p.name() + (lang == Lang.AR && !p.nameAr().isEmpty() ? " \u2014 " + p.nameAr() : "");
                items.add(List.of(new Block.Para(Block.Style.BODY, List.of(Span.bold(name),
                        Span.plain(" \u2014 " + m.name(p.role()))))));
            }
            blocks.add(new Block.Items(false, items));
        }
        blocks.add(Block.Para.of(Block.Style.NOTE, m.get("meeting.docs.consentNote")));
        return new Doc(MeetingDocs.info(export, lang, what), blocks);
    }

    static Doc attendanceSheet(MeetingExport export, Lang lang) {
        Messages m = new Messages(lang);
        String what = m.get("meeting.docs.attendance");
        List<Block> blocks = new ArrayList<>();
        List<Participant> people = export.participants(lang, MeetingExport::invited);
        Meeting meeting = export.meeting();
        for (LocalDate day = meeting.startDate(); !day.isAfter(meeting.endDate()); day = day.plusDays(1)) {
            if (!blocks.isEmpty()) {
                blocks.add(new Block.PageBreak());
            }
            blocks.add(Block.Para.of(Block.Style.TITLE, meeting.title().in(lang)));
            blocks.add(new Block.Heading(1, "", what + " \u2014 " + longDate(day, lang), "a-" + day));
            List<List<List<Span>>> rows = new ArrayList<>();
            rows.add(List.of(cell("#"), cell(m.get("meeting.docs.col.name")), cell(m.get("meeting.docs.col.delegation")),
                    cell(m.get("meeting.docs.col.signature"))));
            int n = 0;
            for (Participant p : people) {
                rows.add(List.of(cell(String.valueOf(++n)), cell(p.name()), cell(export.delegationName(p).in(lang)),
                        cell("")));
            }
            blocks.add(new Block.Table(rows, 1, SIGNATURE_ROW, List.of(1f, 6f, 5f, 6f)));
        }
        return new Doc(MeetingDocs.info(export, lang, what), blocks);
    }

    static String longDate(LocalDate day, Lang lang) {
        return DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", lang.locale()).withDecimalStyle(DecimalStyle.STANDARD)
                .format(day);
    }

    static List<Span> cell(String text) {
        return List.of(Span.plain(text));
    }
}
