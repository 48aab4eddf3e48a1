package org.dialoguedesk.bundle;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.dialoguedesk.bundle.LeakFinding.Kind;
import org.dialoguedesk.bundle.WatchList.Item;
import org.dialoguedesk.bundle.WatchList.Origin;
import org.dialoguedesk.common.Lang;
import org.dialoguedesk.common.Localized;
import org.dialoguedesk.meeting.ConclusionStatus;
import org.dialoguedesk.meeting.ConclusionsService;
import org.dialoguedesk.meeting.Meeting;
import org.dialoguedesk.meeting.MeetingService;
import org.dialoguedesk.meeting.Participant;
import org.dialoguedesk.meeting.SessionNote;
import org.dialoguedesk.profile.Access;
import org.dialoguedesk.profile.Profile;
import org.dialoguedesk.profile.ProfilePublishing;
import org.dialoguedesk.profile.ProfileSection;
import org.dialoguedesk.profile.ProfileService;
import org.dialoguedesk.profile.ProfileVersion;
import org.dialoguedesk.profile.SectionText;
import org.dialoguedesk.profile.VersionText;
import org.dialoguedesk.roster.Contact;
import org.dialoguedesk.roster.ContactService;
import org.dialoguedesk.roster.RosterService;

/**
 * Gathers the {@link WatchList} from the whole database, whatever the export's selection, so that a
 * public bundle of one dialogue cannot quote another's restricted text: restricted sections and
 * profiles as drafted now and in every published version, every session note (Chatham House), every
 * conclusions text not yet final, every contact's emails and phones, the names of contacts and
 * participants not agreed to be published, and kept passport numbers. A source names the record
 * by its key or title, for the officer to find it.
 */
public final class WatchListCollector {

    private final RosterService roster;
    private final ContactService contacts;
    private final ProfileService profiles;
    private final ProfilePublishing publishing;
    private final MeetingService meetings;
    private final ConclusionsService conclusions;

    public WatchListCollector(RosterService roster, ContactService contacts, ProfileService profiles,
                              ProfilePublishing publishing, MeetingService meetings, ConclusionsService conclusions) {
        this.roster = roster;
        this.contacts = contacts;
        this.profiles = profiles;
        this.publishing = publishing;
        this.meetings = meetings;
        this.conclusions = conclusions;
    }

    public WatchList collect() {
        List<Item> passages = new ArrayList<>();
        List<Item> context = new ArrayList<>();
        profiles.profiles().forEach(p -> profileTexts(p, passages, context));
        rosterNames(context);
        List<Item> names = new ArrayList<>();
        List<Item> passports = new ArrayList<>();
        List<Item> emails = new ArrayList<>();
        List<Item> phones = new ArrayList<>();
        List<String> published = new ArrayList<>();
        Map<UUID, Contact> byId = new HashMap<>();
        for (Contact c : contacts.all()) {
            byId.put(c.id(), c);
            String source = c.name();
            c.emails().forEach(e -> emails.add(new Item(Kind.EMAIL, source, e)));
            c.details().phones().forEach(p -> phones.add(new Item(Kind.PHONE, source, p)));
            if (c.details().publicationConsent()) {
                published.add(c.name());
                published.add(c.details().nameAr());
            } else {
                names.add(new Item(Kind.CONTACT_NAME, source, c.name()));
                names.add(new Item(Kind.CONTACT_NAME, source, c.details().nameAr()));
            }
        }
        for (Meeting m : meetings.meetings()) {
            String meeting = m.title().in(Lang.EN);
            for (SessionNote n : conclusions.notes(m.id())) {
                passages.add(new Item(Kind.CHATHAM_HOUSE_NOTE, meeting, new Origin(meeting, "notes"), n.text()));
            }
            for (Lang lang : Lang.values()) {
                conclusions.conclusions(m.id(), lang).filter(c -> c.status() != ConclusionStatus.FINAL)
                        .ifPresent(c -> passages.add(new Item(Kind.CONCLUSIONS_DRAFT, meeting + " (" + lang.code() + ")",
                                new Origin(meeting, "conclusions"), c.text())));
            }
            for (Participant p : meetings.participants(m.id())) {
                boolean agreed = p.contact().map(byId::get).map(c -> c.details().publicationConsent()).orElse(false);
                if (!agreed) {
                    names.add(new Item(Kind.CONTACT_NAME, p.name(), p.name()));
                    names.add(new Item(Kind.CONTACT_NAME, p.name(), p.nameAr()));
                }
                p.logistics().passportData().ifPresent(pass -> passports.add(new Item(Kind.PASSPORT,
                        p.name() + " (" + meeting + ")", pass.number())));
            }
        }
        return new WatchList(passages, context, emails, phones, names, published, passports);
    }

    /**
     * Restricted sections of a public profile, or every section of a restricted one, now and as published,
     * as passages; every section text as context, its origin the profile and the section's code. Indicator tables are left out: their figures are
     * questionnaire answers that public profiles of the same countries show too.
     */
    private void profileTexts(Profile p, List<Item> passages, List<Item> context) {
        boolean wholeProfile = p.access() == Access.RESTRICTED;
        Kind kind = wholeProfile ? Kind.RESTRICTED_PROFILE : Kind.RESTRICTED_SECTION;
        List<ProfileSection> sections = profiles.sections(p.id());
        Set<UUID> restricted = sections.stream().filter(s -> wholeProfile || s.access() == Access.RESTRICTED)
                .map(ProfileSection::id).collect(Collectors.toSet());
        Map<UUID, String> codes = sections.stream().collect(Collectors.toMap(ProfileSection::id, ProfileSection::code));
        for (SectionText t : profiles.texts(p.id())) {
            String code = codes.get(t.sectionId());
            Item item = new Item(kind, source(p, code, t.lang()), new Origin(key(p), code), t.markdown());
            context.add(item);
            if (restricted.contains(t.sectionId())) {
                passages.add(item);
            }
        }
        for (ProfileVersion v : publishing.versions(p.id())) {
            for (VersionText t : v.texts()) {
                Item item = new Item(kind, source(p, t.sectionCode(), t.lang()), new Origin(key(p), t.sectionCode()),
                        t.markdown());
                context.add(item);
                if (wholeProfile || t.access() == Access.RESTRICTED) {
                    passages.add(item);
                }
            }
        }
    }

    /** Names of organisations, countries and dialogues: public whatever a restricted text says of them. */
    private void rosterNames(List<Item> context) {
        List<Localized> names = new ArrayList<>();
        roster.organisations().forEach(o -> names.add(o.name()));
        roster.countries().forEach(c -> names.add(c.name()));
        roster.dialogues().forEach(d -> {
            names.add(d.name());
            names.add(d.description());
        });
        for (Localized n : names) {
            for (Lang lang : Lang.values()) {
                context.add(new Item(Kind.RESTRICTED_SECTION, "", WatchList.COMMON, n.exact(lang)));
            }
        }
    }

    private static String key(Profile p) {
        return Optional.of(p.key()).filter(k -> !k.isEmpty()).orElse(p.title().in(Lang.EN));
    }

    private static String source(Profile p, String section, Lang lang) {
        return key(p) + " / " + section
                + " (" + lang.code() + ")";
    }
}
