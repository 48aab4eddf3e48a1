package org.dialoguedesk.profile;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.dialoguedesk.common.DeskException;
import org.dialoguedesk.common.Lang;
import org.dialoguedesk.common.Names;
import org.dialoguedesk.common.Officer;
import org.dialoguedesk.common.Problem;
import org.dialoguedesk.common.RecordMeta;
import org.dialoguedesk.common.Transactions;
import org.dialoguedesk.common.ValidationException;

/**
 * Drafting profiles: created on a template with one section per template section, written in
 * Markdown in three languages (a translation remembers which revision of the source text it
 * translates, so it shows as stale when the source changes), moved through review and validation
 * section by section (an edit of a validated section sends it back to draft, with a note saying so).
 */
public final class ProfileService {

    private final ProfileTemplateRepository templates;
    private final ProfileRepository profiles;
    private final Transactions transactions;
    private final Officer officer;
    private final Clock clock;

    public ProfileService(ProfileTemplateRepository templates, ProfileRepository profiles, Transactions transactions,
                          Officer officer, Clock clock) {
        this.templates = templates;
        this.profiles = profiles;
        this.transactions = transactions;
        this.officer = officer;
        this.clock = clock;
    }

    public List<ProfileTemplate> templates() {
        return templates.all();
    }

    public Optional<ProfileTemplate> template(UUID id) {
        return templates.find(id);
    }

    public Optional<ProfileTemplate> templateByKey(String key) {
        return templates.all().stream().filter(t -> t.key().equalsIgnoreCase(key == null ? "" : key.strip()))
                .findFirst();
    }

    /** Adds a template (its meta null) after checking its key is new and its section codes are unique. */
    public ProfileTemplate addTemplate(ProfileTemplate draft) {
        List<Problem> problems = new ArrayList<>();
        if (draft.key().isEmpty()) {
            problems.add(Problem.of("key", "profile.problem.keyRequired"));
        } else if (templateByKey(draft.key()).isPresent()) {
            problems.add(Problem.of("key", "profile.problem.keyTaken", draft.key()));
        }
        if (draft.sections().isEmpty()) {
            problems.add(Problem.of("sections", "profile.problem.noSections"));
        }
        if (draft.sections().stream().map(TemplateSection::code).distinct().count() != draft.sections().size()
                || draft.sections().stream().anyMatch(s -> s.code().isEmpty())) {
            problems.add(Problem.of("sections", "profile.problem.sectionCodes"));
        }
        refuse(problems);
        ProfileTemplate t = new ProfileTemplate(newMeta(), draft.key(), draft.title(), draft.kinds(), draft.sections());
        transactions.run(() -> templates.save(t));
        return t;
    }

    public List<Profile> profiles() {
        return profiles.all();
    }

    public Optional<Profile> profile(UUID id) {
        return profiles.find(id);
    }

    /** A profile named by its id, its key or its English title (ignoring case). */
    public Optional<Profile> findProfile(String name) {
        return Names.find(name, profiles::find, profiles.all(), (p, wanted) -> p.key().equalsIgnoreCase(wanted)
                || p.title().en().strip().equalsIgnoreCase(wanted));
    }

    /**
     * Creates a profile (its meta null) on its template: one DRAFT section per template section, with
     * the template's access level. A country profile names its country; a route at least two countries.
     */
    public Profile createProfile(Profile draft) {
        return createProfile(draft, null);
    }

    /**
     * As {@link #createProfile(Profile)}, with only these of the template's sections (all when null): a
     * route profile, say, may leave out a section that only country profiles have.
     */
    public Profile createProfile(Profile draft, List<String> sectionCodes) {
        ProfileTemplate template = templates.find(draft.templateId()).orElseThrow(() -> new ValidationException(
                List.of(Problem.of("template", "profile.problem.templateUnknown"))));
        List<Problem> problems = new ArrayList<>();
        if (draft.key().isEmpty()) {
            problems.add(Problem.of("key", "profile.problem.keyRequired"));
        } else if (profiles.all().stream().anyMatch(p -> p.key().equalsIgnoreCase(draft.key()))) {
            problems.add(Problem.of("key", "profile.problem.keyTaken", draft.key()));
        }
        if (draft.title().en().isBlank()) {
            problems.add(Problem.of("title", "profile.problem.titleRequired"));
        }
        if (!template.kinds().contains(draft.kind())) {
            problems.add(Problem.of("kind", "profile.problem.kindNotInTemplate", draft.kind().name(), template.key()));
        }
        if (draft.kind() == ProfileKind.COUNTRY && (draft.countryCode() == null || draft.countryCode().isBlank())) {
            problems.add(Problem.of("country", "profile.problem.countryRequired"));
        }
        if (draft.kind() == ProfileKind.ROUTE && draft.routeCountries().size() < 2) {
            problems.add(Problem.of("countries", "profile.problem.routeCountries"));
        }
        if (sectionCodes != null) {
            sectionCodes.stream().filter(c -> template.section(c).isEmpty()).forEach(c -> problems.add(
                    Problem.of("sections", "profile.problem.sectionUnknown", c)));
        }
        refuse(problems);
        return transactions.inTransaction(() -> {
            Profile p = new Profile(newMeta(), draft.key(), draft.kind(), draft.templateId(), draft.dialogueId(),
                    draft.countryCode(), draft.place(), draft.routeCountries(), draft.title(), draft.access(),
                    draft.sourceLanguage());
            profiles.save(p);
            int position = 0;
            for (TemplateSection s : template.sections()) {
                if (sectionCodes != null && !sectionCodes.contains(s.code())) {
                    continue;
                }
                profiles.saveSection(new ProfileSection(newMeta(), p.id(), position++, s.code(), SectionStatus.DRAFT,
                        s.access(), "", null, ""));
            }
            return p;
        });
    }

    public List<ProfileSection> sections(UUID profileId) {
        return profiles.sections(profileId);
    }

    /** How far a profile is: as far as its least advanced section (empty when it has none). */
    public Optional<SectionStatus> status(UUID profileId) {
        return profiles.sections(profileId).stream().map(ProfileSection::status)
                .min(Comparator.naturalOrder());
    }

    public List<SectionText> texts(UUID profileId) {
        return profiles.texts(profileId);
    }

    public Optional<SectionText> text(UUID profileId, String code, Lang lang) {
        ProfileSection s = section(profileId, code);
        return profiles.texts(profileId).stream().filter(t -> t.sectionId().equals(s.id()) && t.lang() == lang)
                .findFirst();
    }

    /**
     * Saves a section's text in one language. The source-language text moves to its next revision; a
     * translation is taken as a translation of the source text as it is now. A section that was in
     * review, validated or approved goes back to draft, and its note says why. The same text again
     * changes nothing.
     */
    public SectionText saveText(UUID profileId, String code, Lang lang, String markdown) {
        return transactions.inTransaction(() -> {
            Profile profile = existing(profileId);
            ProfileSection section = section(profileId, code);
            List<SectionText> all = profiles.texts(profileId);
            Optional<SectionText> current = all.stream()
                    .filter(t -> t.sectionId().equals(section.id()) && t.lang() == lang).findFirst();
            String text = markdown == null ? "" : markdown;
            if (current.isPresent() && current.get().markdown().equals(text)) {
                return current.get();
            }
            boolean isSource = lang == profile.sourceLanguage();
            Integer sourceRevision = isSource ? null : all.stream()
                    .filter(t -> t.sectionId().equals(section.id()) && t.lang() == profile.sourceLanguage())
                    .findFirst().map(SectionText::textRevision).orElse(null);
            SectionText saved = current.map(c -> new SectionText(c.meta().touch(officer.name(), clock), c.sectionId(),
                            lang, text, c.textRevision() + 1, sourceRevision))
                    .orElseGet(() -> new SectionText(newMeta(), section.id(), lang, text, 1, sourceRevision));
            profiles.saveText(saved);
            if (section.status() != SectionStatus.DRAFT) {
                profiles.saveSection(section.with(section.meta().touch(officer.name(), clock), SectionStatus.DRAFT, "",
                        null, "edited after " + section.status().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                                + " (" + lang.code() + ", " + today() + ")"));
            }
            return saved;
        });
    }

    /**
     * Moves a section along its workflow. Validating and approving say by whom (the partner agency or
     * the officer) and when; not in the future.
     */
    public ProfileSection changeStatus(UUID profileId, String code, SectionStatus to, String by, LocalDate on,
                                       String note) {
        return transactions.inTransaction(() -> {
            existing(profileId);
            ProfileSection section = section(profileId, code);
            List<Problem> problems = new ArrayList<>();
            if (to == null || !section.status().canMoveTo(to)) {
                problems.add(Problem.of("status", "profile.problem.transition", section.status().name(),
                        to == null ? "-" : to.name()));
            }
            String who = by == null ? "" : by.strip();
            LocalDate day = on == null ? today() : on;
            if (to != null && to.isValidated() && who.isEmpty()) {
                problems.add(Problem.of("by", "profile.problem.validatorRequired"));
            }
            if (day.isAfter(today())) {
                problems.add(Problem.of("date", "profile.problem.dateInFuture", day));
            }
            refuse(problems);
            boolean keepsValidation = to == SectionStatus.APPROVED;
            ProfileSection moved = section.with(section.meta().touch(officer.name(), clock), to,
                    to == SectionStatus.VALIDATED ? who : keepsValidation ? section.validatedBy() : "",
                    to == SectionStatus.VALIDATED ? day : keepsValidation ? section.validatedOn() : null,
                    note == null ? "" : note);
            profiles.saveSection(moved);
            return moved;
        });
    }

    /** The access level of one section. */
    public ProfileSection setAccess(UUID profileId, String code, Access access) {
        return transactions.inTransaction(() -> {
            ProfileSection section = section(profileId, code);
            ProfileSection changed = section.withAccess(section.meta().touch(officer.name(), clock), access);
            profiles.saveSection(changed);
            return changed;
        });
    }

    /** How each section stands in each language. */
    public Map<String, Map<Lang, TranslationState>> translationStates(UUID profileId) {
        Profile profile = existing(profileId);
        List<SectionText> texts = profiles.texts(profileId);
        Map<String, Map<Lang, TranslationState>> result = new java.util.LinkedHashMap<>();
        for (ProfileSection s : profiles.sections(profileId)) {
            Map<Lang, SectionText> byLang = new EnumMap<>(Lang.class);
            texts.stream().filter(t -> t.sectionId().equals(s.id())).forEach(t -> byLang.put(t.lang(), t));
            SectionText source = byLang.get(profile.sourceLanguage());
            Map<Lang, TranslationState> states = new EnumMap<>(Lang.class);
            for (Lang lang : Lang.values()) {
                SectionText t = byLang.get(lang);
                states.put(lang, t == null || t.isBlank() ? TranslationState.MISSING
                        : lang != profile.sourceLanguage() && t.isStaleAgainst(source) ? TranslationState.STALE
                        : TranslationState.CURRENT);
            }
            result.put(s.code(), states);
        }
        return result;
    }

    /** Per language, the share of sections whose text is there and current, from 0 to 1. */
    public Map<Lang, Double> translationCompleteness(UUID profileId) {
        Map<String, Map<Lang, TranslationState>> states = translationStates(profileId);
        Map<Lang, Double> result = new EnumMap<>(Lang.class);
        for (Lang lang : Lang.values()) {
            long current = states.values().stream().filter(m -> m.get(lang) == TranslationState.CURRENT).count();
            result.put(lang, states.isEmpty() ? 0 : (double) current / states.size());
        }
        return result;
    }

    public List<Indicator> indicators(UUID profileId) {
        return profiles.indicators(profileId);
    }

    /**
     * Adds or replaces a section's figure for an indicator and year (the one stored with the same code
     * and year is replaced). The value must be a number, the year 1900–2100, the URL a web address.
     */
    public Indicator saveIndicator(UUID profileId, String sectionCode, Indicator draft) {
        return transactions.inTransaction(() -> {
            ProfileSection section = section(profileId, sectionCode);
            String value = draft.value().replace('\u00a0', ' ').replace(" ", "");
            Indicator candidate = new Indicator(draft.meta(), section.id(), draft.position(), draft.code(),
                    draft.label(), draft.year(), value, draft.unit(), draft.source(), draft.sourceUrl(), draft.note(),
                    draft.provenance());
            refuse(IndicatorRules.check(candidate));
            List<Indicator> ofSection = profiles.indicators(profileId).stream()
                    .filter(i -> i.sectionId().equals(section.id())).toList();
            Optional<Indicator> same = ofSection.stream()
                    .filter(i -> i.code().equals(candidate.code()) && i.year() == candidate.year()).findFirst();
            RecordMeta meta = same.map(i -> i.meta().touch(officer.name(), clock)).orElseGet(this::newMeta);
            int position = same.map(Indicator::position).orElse(ofSection.stream().mapToInt(Indicator::position)
                    .max().orElse(-1) + 1);
            Indicator saved = new Indicator(meta, section.id(), position, candidate.code(), candidate.label(),
                    candidate.year(), new java.math.BigDecimal(value).stripTrailingZeros().toPlainString(),
                    candidate.unit(), candidate.source(), candidate.sourceUrl(), candidate.note(),
                    candidate.provenance());
            profiles.saveIndicator(saved);
            return saved;
        });
    }

    /**
     * Saves an edited figure: as {@link #saveIndicator}, and when its code or year changed, the figure
     * it was edited from goes, so an edit never leaves the old figure behind beside the new one.
     */
    public Indicator replaceIndicator(UUID profileId, String sectionCode, UUID editedId, Indicator draft) {
        return transactions.inTransaction(() -> {
            Indicator saved = saveIndicator(profileId, sectionCode, draft);
            if (editedId != null && !editedId.equals(saved.id())) {
                deleteIndicator(profileId, editedId);
            }
            return saved;
        });
    }

    /** Removes one figure of the profile; a figure of another profile is refused. */
    public void deleteIndicator(UUID profileId, UUID indicatorId) {
        transactions.run(() -> {
            if (profiles.indicators(profileId).stream().noneMatch(i -> i.id().equals(indicatorId))) {
                throw new ValidationException(List.of(Problem.of("indicator", "profile.indicator.problem.gone")));
            }
            profiles.deleteIndicator(indicatorId);
        });
    }

    ProfileSection section(UUID profileId, String code) {
        return profiles.sections(profileId).stream().filter(s -> s.code().equals(code)).findFirst()
                .orElseThrow(() -> new ValidationException(List.of(Problem.of("section",
                        "profile.problem.sectionUnknown", code))));
    }

    Profile existing(UUID profileId) {
        return profiles.find(profileId).orElseThrow(() -> new DeskException("No profile " + profileId));
    }

    private static void refuse(List<Problem> problems) {
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }

    private RecordMeta newMeta() {
        return RecordMeta.create(officer.name(), clock);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
