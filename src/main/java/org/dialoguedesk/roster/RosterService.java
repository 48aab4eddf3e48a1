package org.dialoguedesk.roster;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.dialoguedesk.common.DeskException;
import org.dialoguedesk.common.Lang;
import org.dialoguedesk.common.Localized;
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
    private final RosterRules rules;
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
        this.rules = new RosterRules(countries, organisations, dialogues, clock);
    }

    public List<Country> countries() {
        return countries.all();
    }

    public Optional<Country> country(String code) {
        return code == null ? Optional.empty() : countries.find(code.strip().toUpperCase(Locale.ROOT));
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
        Optional<Dialogue> byKey = dialogues.findByKey(wanted.toUpperCase(Locale.ROOT));
        if (byKey.isPresent()) {
            return byKey;
        }
        return dialogues.all().stream().filter(d -> d.acronym().en().equalsIgnoreCase(wanted)
                || d.acronym().fr().equalsIgnoreCase(wanted) || d.acronym().ar().equals(wanted)).findFirst();
    }

    /** A new dialogue; its key, English acronym and name are required, the key unique. */
    public Dialogue createDialogue(Dialogue draftWithoutMeta) {
        Dialogue draft = withMeta(draftWithoutMeta, RecordMeta.create(officer.name(), clock));
        refuse(rules.checkDialogue(draft, null));
        dialogues.save(draft);
        return draft;
    }

    /**
     * Saves an edited copy of a dialogue. The copy carries the metadata it was read with: if someone
     * changed the dialogue since, the save is refused rather than undoing their change.
     */
    public Dialogue updateDialogue(Dialogue edited) {
        UUID id = edited.meta().id();
        dialogues.find(id).orElseThrow(() -> new DeskException("This dialogue no longer exists."));
        refuse(rules.checkDialogue(edited, id));
        Dialogue saved = withMeta(edited, edited.meta().touch(officer.name(), clock));
        dialogues.save(saved);
        return saved;
    }

    private static Dialogue withMeta(Dialogue d, RecordMeta meta) {
        return new Dialogue(meta, d.key() == null ? "" : d.key().strip(), d.acronym(), d.name(), d.startYear(),
                d.description(), d.thematicAreas().stream().map(String::strip).filter(s -> !s.isEmpty()).toList(),
                d.secretariatId(), d.status());
    }

    /** A new organisation; a ministry or national body needs its country, a key must be unique. */
    public Organisation createOrganisation(String refKey, String acronym, Localized name,
                                           OrganisationType type, String countryCode) {
        Organisation o = new Organisation(RecordMeta.create(officer.name(), clock), refKey, acronym, name, type,
                countryOrNull(countryCode));
        refuse(rules.checkOrganisation(o, null));
        organisations.save(o);
        return o;
    }

    /** Saves an edited copy of an organisation (refused if it was changed elsewhere since it was read). */
    public Organisation updateOrganisation(Organisation edited) {
        UUID id = edited.meta().id();
        organisations.find(id).orElseThrow(() -> new DeskException("This organisation no longer exists."));
        Organisation o = new Organisation(edited.meta().touch(officer.name(), clock), edited.refKey(),
                edited.acronym(), edited.name(), edited.type(), countryOrNull(edited.countryCode()));
        refuse(rules.checkOrganisation(o, id));
        organisations.save(o);
        return o;
    }

    /** An organisation with its country, its memberships in the dialogues and its contacts. */
    public OrganisationOverview organisationOverview(UUID id) {
        Organisation o = organisation(id).orElseThrow(() -> new DeskException("This organisation no longer exists."));
        List<Membership> ms = memberships.forOrganisation(id).stream()
                .sorted(Comparator.comparing(Membership::validFrom)).toList();
        return new OrganisationOverview(o, country(o.countryCode()), ms, contacts.ofOrganisation(id));
    }

    private static String countryOrNull(String code) {
        return code == null || code.isBlank() ? null : code.strip().toUpperCase(Locale.ROOT);
    }

    private static void refuse(List<Problem> problems) {
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
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
                    .filter(m -> m.role() == role && Objects.equals(m.countryCode(), code)
                            && Objects.equals(m.organisationId(), orgId))
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
