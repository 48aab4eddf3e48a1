package org.dialoguedesk.bundle;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.dialoguedesk.bundle.PublicPayload.PublicContact;
import org.dialoguedesk.bundle.PublicPayload.PublicDialogue;
import org.dialoguedesk.bundle.PublicPayload.PublicMember;
import org.dialoguedesk.bundle.PublicPayload.PublicNewsItem;
import org.dialoguedesk.bundle.PublicPayload.PublicProfile;
import org.dialoguedesk.bundle.PublicPayload.PublicRole;
import org.dialoguedesk.bundle.PublicPayload.PublicSectionText;
import org.dialoguedesk.common.Lang;
import org.dialoguedesk.common.Localized;
import org.dialoguedesk.meeting.FormalCountryNames;
import org.dialoguedesk.meeting.Meeting;
import org.dialoguedesk.meeting.MeetingNewsItem;
import org.dialoguedesk.meeting.MeetingService;
import org.dialoguedesk.meeting.MeetingStatistics;
import org.dialoguedesk.meeting.MeetingStatus;
import org.dialoguedesk.profile.Access;
import org.dialoguedesk.profile.Profile;
import org.dialoguedesk.profile.ProfilePublishing;
import org.dialoguedesk.profile.ProfileService;
import org.dialoguedesk.profile.ProfileVersion;
import org.dialoguedesk.profile.VersionText;
import org.dialoguedesk.roster.Contact;
import org.dialoguedesk.roster.ContactRole;
import org.dialoguedesk.roster.ContactService;
import org.dialoguedesk.roster.Dialogue;
import org.dialoguedesk.roster.Membership;
import org.dialoguedesk.roster.Organisation;
import org.dialoguedesk.roster.RosterService;

/**
 * Chooses what the publication website may show, field by field: the latest published version of each
 * public profile with its public sections only; each dialogue's states and agencies with their dates;
 * the news items (English, French) of held meetings; and the contacts who agreed to be published, by
 * name, organisation and role only. With a dialogue, only what belongs to that dialogue.
 */
public final class PublicProjection {

    private static final List<Lang> NEWS_LANGUAGES = List.of(Lang.EN, Lang.FR);

    private final RosterService roster;
    private final ContactService contacts;
    private final ProfileService profiles;
    private final ProfilePublishing publishing;
    private final MeetingService meetings;
    private final FormalCountryNames formalNames;
    private final Clock clock;

    public PublicProjection(RosterService roster, ContactService contacts, ProfileService profiles,
                            ProfilePublishing publishing, MeetingService meetings, FormalCountryNames formalNames,
                            Clock clock) {
        this.roster = roster;
        this.contacts = contacts;
        this.profiles = profiles;
        this.publishing = publishing;
        this.meetings = meetings;
        this.formalNames = formalNames;
        this.clock = clock;
    }

    /** The public payload now, of every dialogue or of one. */
    public PublicPayload project(Optional<UUID> dialogue) {
        return new PublicPayload(Instant.now(clock).truncatedTo(ChronoUnit.SECONDS), profiles(dialogue),
                dialogues(dialogue), news(dialogue), contacts(dialogue));
    }

    private List<PublicProfile> profiles(Optional<UUID> dialogue) {
        List<PublicProfile> result = new ArrayList<>();
        for (Profile p : profiles.profiles()) {
            if (p.access() != Access.PUBLIC || !inScope(dialogue, p.dialogueId())) {
                continue;
            }
            List<ProfileVersion> versions = publishing.versions(p.id());
            if (versions.isEmpty()) {
                continue;
            }
            ProfileVersion latest = versions.get(versions.size() - 1);
            List<PublicSectionText> sections = latest.texts().stream()
                    .filter(t -> t.access() == Access.PUBLIC)
                    .filter(t -> !t.markdown().isBlank() || !t.indicators().isBlank())
                    .map(PublicProjection::section).toList();
            result.add(new PublicProfile(p.id(), p.key(), p.kind(), p.dialogueId(), p.countryCode(),
                    p.routeCountries(), p.place(), p.title(), latest.number(), latest.publishedOn(), sections));
        }
        return result;
    }

    private static PublicSectionText section(VersionText t) {
        return new PublicSectionText(t.sectionCode(), t.lang(), t.status(), t.markdown(), t.indicators());
    }

    private List<PublicDialogue> dialogues(Optional<UUID> dialogue) {
        List<PublicDialogue> result = new ArrayList<>();
        for (Dialogue d : roster.dialogues()) {
            if (!inScope(dialogue, d.meta().id())) {
                continue;
            }
            List<PublicMember> members = roster.members(d.meta().id(), null, java.util.Set.of()).stream()
                    .map(this::member).toList();
            result.add(new PublicDialogue(d.meta().id(), d.key(), d.acronym(), d.name(), d.startYear(),
                    d.description(), d.thematicAreas(), d.status(), members));
        }
        return result;
    }

    private PublicMember member(Membership m) {
        if (m.isCountry()) {
            Localized name = roster.country(m.countryCode()).map(c -> c.name()).orElse(Localized.of(m.countryCode()));
            return new PublicMember(m.countryCode(), null, "", name, m.role(), m.validFrom(), m.validTo());
        }
        Optional<Organisation> o = roster.organisation(m.organisationId());
        return new PublicMember(null, m.organisationId(), o.map(Organisation::acronym).orElse(""),
                o.map(Organisation::name).orElse(Localized.of("")), m.role(), m.validFrom(), m.validTo());
    }

    private List<PublicNewsItem> news(Optional<UUID> dialogue) {
        List<PublicNewsItem> result = new ArrayList<>();
        for (Meeting m : meetings.meetings()) {
            if (m.status() != MeetingStatus.HELD || !inScope(dialogue, m.dialogueId())) {
                continue;
            }
            MeetingStatistics stats = MeetingStatistics.of(meetings.participants(m.id()), roster::country);
            for (Lang lang : NEWS_LANGUAGES) {
                MeetingNewsItem item = MeetingNewsItem.draft(m, stats, lang, roster, formalNames);
                result.add(new PublicNewsItem(m.id(), m.dialogueId(), m.title(), m.city(), m.hostCountry(),
                        m.startDate(), m.endDate(), lang, item.headline(), item.body()));
            }
        }
        return result;
    }

    private List<PublicContact> contacts(Optional<UUID> dialogue) {
        List<PublicContact> result = new ArrayList<>();
        for (Contact c : contacts.all()) {
            if (!c.details().publicationConsent()) {
                continue;
            }
            List<PublicRole> roles = contacts.roles(c.id()).stream()
                    .filter(r -> inScope(dialogue, r.dialogueId())).map(PublicProjection::role).toList();
            if (dialogue.isPresent() && roles.isEmpty()) {
                continue;
            }
            UUID organisationId = c.details().organisationId();
            Localized organisation = roster.organisation(organisationId).map(Organisation::name)
                    .orElse(Localized.of(""));
            result.add(new PublicContact(c.id(), c.name(), c.details().nameAr(), c.details().position(),
                    organisationId, organisation, roles));
        }
        return result;
    }

    private static PublicRole role(ContactRole r) {
        return new PublicRole(r.dialogueId(), r.countryCode(), r.type(), r.validFrom(), r.validTo());
    }

    private static boolean inScope(Optional<UUID> dialogue, UUID id) {
        return dialogue.map(d -> d.equals(id)).orElse(true);
    }
}
