package org.dialoguedesk.roster;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.dialoguedesk.common.DeskException;
import org.dialoguedesk.common.Lang;
import org.dialoguedesk.common.Officer;
import org.dialoguedesk.common.Problem;
import org.dialoguedesk.common.RecordMeta;
import org.dialoguedesk.common.ValidationException;

/** Dialogues, countries, organisations and the dated memberships that tie them together. */
public final class RosterService {

    private final CountryRepository countries;
    private final OrganisationRepository organisations;
    private final DialogueRepository dialogues;
    private final MembershipRepository memberships;
    private final ContactRoleRepository roles;
    private final ContactRepository contacts;
    private final Officer officer;
    private final Clock clock;

    public RosterService(CountryRepository countries, OrganisationRepository organisations,
                         DialogueRepository dialogues, MembershipRepository memberships,
                         ContactRoleRepository roles, ContactRepository contacts, Officer officer, Clock clock) {
        this.countries = countries;
        this.organisations = organisations;
        this.dialogues = dialogues;
        this.memberships = memberships;
        this.roles = roles;
        this.contacts = contacts;
        this.officer = officer;
        this.clock = clock;
    }

    public List<Country> countries() {
        return countries.all();
    }

    public Optional<Country> country(String code) {
        return code == null ? Optional.empty() : countries.find(code.strip().toUpperCase(java.util.Locale.ROOT));
    }

    public List<Organisation> organisations() {
        return organisations.all();
    }

    public Optional<Organisation> organisation(UUID id) {
        return id == null ? Optional.empty() : organisations.find(id);
    }

    public Optional<Organisation> organisationByKey(String key) {
        return organisations.findByKey(key);
    }

    public List<Dialogue> dialogues() {
        return dialogues.all();
    }

    public Optional<Dialogue> dialogue(UUID id) {
        return dialogues.find(id);
    }

    /** A dialogue by its key or any of its acronyms, ignoring case ("mtm", "RABAT"). */
    public Optional<Dialogue> dialogueByKey(String keyOrAcronym) {
        String wanted = keyOrAcronym.strip();
        Optional<Dialogue> byKey = dialogues.findByKey(wanted.toUpperCase(java.util.Locale.ROOT));
        if (byKey.isPresent()) {
            return byKey;
        }
        return dialogues.all().stream().filter(d -> d.acronym().en().equalsIgnoreCase(wanted)
                || d.acronym().fr().equalsIgnoreCase(wanted) || d.acronym().ar().equals(wanted)).findFirst();
    }

    public Dialogue createDialogue(Dialogue draftWithoutMeta) {
        Dialogue d = new Dialogue(RecordMeta.create(officer.name(), clock), draftWithoutMeta.key(),
                draftWithoutMeta.acronym(), draftWithoutMeta.name(), draftWithoutMeta.startYear(),
                draftWithoutMeta.description(), draftWithoutMeta.thematicAreas(), draftWithoutMeta.secretariatId(),
                draftWithoutMeta.status());
        dialogues.save(d);
        return d;
    }

    public Organisation createOrganisation(String refKey, String acronym, org.dialoguedesk.common.Localized name,
                                           OrganisationType type, String countryCode) {
        if (name.en().isEmpty()) {
            throw new ValidationException(List.of(Problem.of("name", "organisation.error.nameRequired")));
        }
        Organisation o = new Organisation(RecordMeta.create(officer.name(), clock), refKey, acronym, name, type,
                countryCode);
        organisations.save(o);
        return o;
    }

    /**
     * Memberships of a dialogue. With {@code asOf}, only those in force on that day ("who were the
     * partner states in 2008?"); with roles, only those roles (empty set = all roles).
     */
    public List<Membership> members(UUID dialogueId, LocalDate asOf, Set<MembershipRole> roleFilter) {
        return memberships.forDialogue(dialogueId).stream()
                .filter(m -> asOf == null || m.isActiveOn(asOf))
                .filter(m -> roleFilter.isEmpty() || roleFilter.contains(m.role()))
                .toList();
    }

    /** The member's name as shown in lists: the country name, or the organisation's label. */
    public String memberName(Membership m, Lang lang) {
        if (m.isCountry()) {
            return countries.find(m.countryCode()).map(c -> c.name().in(lang)).orElse(m.countryCode());
        }
        return organisations.find(m.organisationId()).map(o -> o.label(lang)).orElse("?");
    }

    public Membership addMembership(UUID dialogueId, MemberRef member, MembershipRole role, LocalDate from,
                                    LocalDate to, String note) {
        List<Problem> problems = new ArrayList<>();
        if (dialogues.find(dialogueId).isEmpty()) {
            problems.add(Problem.of("dialogue", "membership.error.dialogueUnknown"));
        }
        if (member == null) {
            problems.add(Problem.of("member", "membership.error.memberRequired"));
        } else if (member instanceof MemberRef.OfCountry c && countries.find(c.code()).isEmpty()) {
            problems.add(Problem.of("member", "membership.error.countryUnknown", c.code()));
        } else if (member instanceof MemberRef.OfOrganisation o && organisations.find(o.id()).isEmpty()) {
            problems.add(Problem.of("member", "membership.error.organisationUnknown"));
        }
        if (role == null) {
            problems.add(Problem.of("role", "membership.error.roleRequired"));
        }
        if (from == null) {
            problems.add(Problem.of("from", "membership.error.fromRequired"));
        } else if (to != null && to.isBefore(from)) {
            problems.add(Problem.of("to", "membership.error.endBeforeStart"));
        }
        if (problems.isEmpty()) {
            String code = member instanceof MemberRef.OfCountry c ? c.code() : null;
            UUID orgId = member instanceof MemberRef.OfOrganisation o ? o.id() : null;
            LocalDate end = to == null ? LocalDate.MAX : to;
            boolean overlaps = memberships.forDialogue(dialogueId).stream()
                    .filter(m -> m.role() == role && java.util.Objects.equals(m.countryCode(), code)
                            && java.util.Objects.equals(m.organisationId(), orgId))
                    .anyMatch(m -> !m.validFrom().isAfter(end) && (m.validTo() == null || !m.validTo().isBefore(from)));
            if (overlaps) {
                problems.add(Problem.of("from", "membership.error.overlaps"));
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        Membership m = new Membership(RecordMeta.create(officer.name(), clock), dialogueId,
                member instanceof MemberRef.OfCountry c ? c.code() : null,
                member instanceof MemberRef.OfOrganisation o ? o.id() : null, role, from, to, note);
        memberships.save(m);
        return m;
    }

    /** Ends a membership on that day (inclusive). The row stays: history is what the as-of filter reads. */
    public Membership endMembership(UUID membershipId, LocalDate to) {
        Membership m = memberships.find(membershipId)
                .orElseThrow(() -> new DeskException("This membership no longer exists."));
        if (m.validTo() != null) {
            throw new ValidationException(List.of(Problem.of("to", "membership.error.alreadyEnded", m.validTo())));
        }
        if (to == null || to.isBefore(m.validFrom())) {
            throw new ValidationException(List.of(Problem.of("to", "membership.error.endBeforeStart")));
        }
        Membership ended = new Membership(m.meta().touch(officer.name(), clock), m.dialogueId(), m.countryCode(),
                m.organisationId(), m.role(), m.validFrom(), to, m.note());
        memberships.save(ended);
        return ended;
    }

    public CountryOverview countryOverview(String code) {
        Country country = country(code).orElseThrow(() -> new DeskException("Unknown country code: " + code));
        List<Membership> ms = memberships.forCountry(country.code()).stream()
                .sorted(Comparator.comparing(Membership::validFrom)).toList();
        List<CountryOverview.FocalPoint> fps = roles.forCountry(country.code()).stream()
                .sorted(Comparator.comparing(ContactRole::validFrom).reversed())
                .flatMap(r -> contacts.find(r.contactId()).map(c -> new CountryOverview.FocalPoint(r, c)).stream())
                .toList();
        List<Organisation> orgs = organisations.all().stream()
                .filter(o -> country.code().equals(o.countryCode())).toList();
        return new CountryOverview(country, ms, fps, orgs);
    }
}
