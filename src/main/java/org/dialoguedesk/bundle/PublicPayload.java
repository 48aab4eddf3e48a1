package org.dialoguedesk.bundle;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.dialoguedesk.common.Lang;
import org.dialoguedesk.common.Localized;
import org.dialoguedesk.profile.ProfileKind;
import org.dialoguedesk.profile.SectionStatus;
import org.dialoguedesk.roster.ContactRoleType;
import org.dialoguedesk.roster.DialogueStatus;
import org.dialoguedesk.roster.MembershipRole;

/**
 * Everything a public bundle may carry, and nothing else: each value names only fields the website
 * may show, so what is left out (restricted sections, notes, emails, phones, passports) cannot be
 * written by mistake. The leak check still reads every text of it before anything is written.
 */
public record PublicPayload(Instant created, List<PublicProfile> profiles, List<PublicDialogue> dialogues,
                            List<PublicNewsItem> news, List<PublicContact> contacts) {

    public PublicPayload {
        profiles = List.copyOf(profiles);
        dialogues = List.copyOf(dialogues);
        news = List.copyOf(news);
        contacts = List.copyOf(contacts);
    }

    /** The latest published version of a public profile, with its public sections only. */
    public record PublicProfile(UUID id, String key, ProfileKind kind, UUID dialogueId, String countryCode,
                                List<String> routeCountries, Localized place, Localized title, int version,
                                LocalDate publishedOn, List<PublicSectionText> sections) {

        public PublicProfile {
            routeCountries = List.copyOf(routeCountries);
            sections = List.copyOf(sections);
        }
    }

    /** One public section in one language as the version froze it: Markdown text and indicators table. */
    public record PublicSectionText(String section, Lang language, SectionStatus status, String markdown,
                                    String indicators) {
    }

    /** A dialogue with its states and agencies over time. */
    public record PublicDialogue(UUID id, String key, Localized acronym, Localized name, Integer startYear,
                                 Localized description, List<String> thematicAreas, DialogueStatus status,
                                 List<PublicMember> members) {

        public PublicDialogue {
            thematicAreas = List.copyOf(thematicAreas);
            members = List.copyOf(members);
        }
    }

    /** A state ({@code countryCode}) or an agency ({@code organisationId}) in a dialogue; {@code to} null: still. */
    public record PublicMember(String countryCode, UUID organisationId, String acronym, Localized name,
                               MembershipRole role, LocalDate from, LocalDate to) {
    }

    /** The drafted news item of a held meeting, in English or French. */
    public record PublicNewsItem(UUID meetingId, UUID dialogueId, Localized meetingTitle, Localized city,
                                 String hostCountry, LocalDate startDate, LocalDate endDate, Lang language,
                                 String headline, String body) {
    }

    /** A contact who agreed to be published: name, organisation and roles, never emails or phones. */
    public record PublicContact(UUID id, String name, String nameAr, String position, UUID organisationId,
                                Localized organisation, List<PublicRole> roles) {

        public PublicContact {
            roles = List.copyOf(roles);
        }
    }

    /** A focal or contact point role of a published contact. */
    public record PublicRole(UUID dialogueId, String countryCode, ContactRoleType role, LocalDate from,
                             LocalDate to) {
    }
}
