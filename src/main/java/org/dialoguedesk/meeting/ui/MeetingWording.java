package org.dialoguedesk.meeting.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dialoguedesk.common.Lang;
import org.dialoguedesk.meeting.AgendaSession;
import org.dialoguedesk.meeting.ChecklistItem;
import org.dialoguedesk.meeting.Logistics;
import org.dialoguedesk.meeting.Meeting;
import org.dialoguedesk.meeting.Participant;
import org.dialoguedesk.meeting.ui.MeetingRows.ChecklistRow;
import org.dialoguedesk.meeting.ui.MeetingRows.Fact;
import org.dialoguedesk.meeting.ui.MeetingRows.MeetingRow;
import org.dialoguedesk.meeting.ui.MeetingRows.ParticipantRow;
import org.dialoguedesk.meeting.ui.MeetingRows.SessionRow;
import org.dialoguedesk.roster.Country;
import org.dialoguedesk.roster.Dialogue;
import org.dialoguedesk.roster.Organisation;
import org.dialoguedesk.ui.I18n;

/**
 * Puts meetings, sessions, participants and checklist items into the window's words: countries,
 * organisations and dialogues by their names rather than codes and ids. Read from the roster once
 * on the store thread, then only read.
 */
final class MeetingWording {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final I18n i18n;
    private final Map<String, Country> countries;
    private final Map<UUID, Organisation> organisations;
    private final Map<UUID, Dialogue> dialogues;

    private MeetingWording(I18n i18n, Map<String, Country> countries, Map<UUID, Organisation> organisations,
                           Map<UUID, Dialogue> dialogues) {
        this.i18n = i18n;
        this.countries = countries;
        this.organisations = organisations;
        this.dialogues = dialogues;
    }

    static MeetingWording of(MeetingChoices roster, I18n i18n) {
        return new MeetingWording(i18n,
                roster.countries().stream().collect(Collectors.toMap(Country::code, Function.identity())),
                roster.organisations().stream().collect(Collectors.toMap(o -> o.meta().id(), Function.identity())),
                roster.dialogues().stream().collect(Collectors.toMap(d -> d.meta().id(), Function.identity())));
    }

    String country(String code) {
        Country c = code == null ? null : countries.get(code);
        return c == null ? (code == null ? "" : code) : i18n.text(c.name());
    }

    /** The organisation's label in the window's language; empty for one the roster no longer has. */
    String organisation(UUID id) {
        Organisation o = organisations.get(id);
        return o == null ? "" : o.label(i18n.lang());
    }

    private String dialogue(UUID id) {
        Dialogue d = dialogues.get(id);
        return d == null ? "" : i18n.text(d.acronym());
    }

    private String dates(Meeting m) {
        return m.startDate().equals(m.endDate()) ? i18n.date(m.startDate())
                : i18n.get("meeting.ui.dates", i18n.date(m.startDate()), i18n.date(m.endDate()));
    }

    MeetingRow meeting(Meeting m) {
        return new MeetingRow(m, i18n.text(m.title()), dialogue(m.dialogueId()), i18n.name(m.type()), dates(m),
                i18n.text(m.city()), i18n.name(m.status()));
    }

    List<Fact> facts(Meeting m) {
        List<Fact> facts = new ArrayList<>();
        fact(facts, "meeting.ui.fact.dialogue", dialogue(m.dialogueId()));
        fact(facts, "meeting.ui.fact.type", i18n.name(m.type()));
        fact(facts, "meeting.ui.fact.dates", dates(m));
        fact(facts, "meeting.ui.fact.host", country(m.hostCountry()));
        fact(facts, "meeting.ui.fact.city", i18n.text(m.city()));
        fact(facts, "meeting.ui.fact.venue", i18n.text(m.venue()));
        fact(facts, "meeting.ui.fact.thematicArea", m.thematicArea());
        fact(facts, "meeting.ui.fact.coChairs", joined(m.coChairs().stream().map(this::country).toList()));
        fact(facts, "meeting.ui.fact.languages", languages(m.workingLanguages()));
        fact(facts, "meeting.ui.fact.booths", m.booths().isEmpty() ? i18n.get("meeting.ui.fact.noBooths")
                : languages(m.booths()));
        fact(facts, "meeting.ui.fact.capacity", i18n.get("meeting.ui.fact.seats", m.capacity()));
        fact(facts, "meeting.ui.fact.status", i18n.name(m.status()));
        return facts;
    }

    private void fact(List<Fact> facts, String key, String value) {
        facts.add(new Fact(i18n.get(key), value.isBlank() ? "\u2014" : value));
    }

    private String languages(Collection<Lang> langs) {
        return joined(langs.stream().map(i18n::name).toList());
    }

    private String joined(List<String> parts) {
        return String.join(i18n.get("meeting.ui.listSeparator"), parts);
    }

    SessionRow session(AgendaSession s) {
        return new SessionRow(s, i18n.date(s.day()),
                i18n.get("meeting.ui.time", TIME.format(s.start()), TIME.format(s.end())), i18n.text(s.title()),
                i18n.name(s.kind()), s.chair(), String.join("; ", s.speakers()));
    }

    ParticipantRow participant(Participant p) {
        String delegation = p.delegation().country().map(this::country).orElseGet(() -> p.delegation().organisation()
                .map(this::organisation).orElse(""));
        return new ParticipantRow(p, p.name(), p.nameAr(), delegation, i18n.name(p.category()), i18n.name(p.role()),
                i18n.name(p.status()), visa(p.logistics().visa()),
                i18n.get(p.logistics().funding().any() ? "meeting.ui.funded.yes" : "meeting.ui.funded.no"));
    }

    private String visa(Logistics.Visa visa) {
        if (!visa.needed()) {
            return i18n.get("meeting.ui.visa.notNeeded");
        }
        if (visa.letterIssued() != null) {
            return i18n.get("meeting.ui.visa.letterIssued", i18n.date(visa.letterIssued()));
        }
        return i18n.get(visa.letterPending() ? "meeting.ui.visa.letterPending" : "meeting.ui.visa.needed");
    }

    ChecklistRow checklist(ChecklistItem item, LocalDate firstDay, LocalDate today) {
        return new ChecklistRow(item, i18n.name(item.kind()), i18n.date(item.dueOn(firstDay)),
                item.isDone() ? i18n.date(item.doneOn()) : "", item.isOverdue(firstDay, today), item.note());
    }
}
