package org.dialoguedesk.profile;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dialoguedesk.common.Lang;
import org.dialoguedesk.common.Localized;
import org.dialoguedesk.common.Problem;
import org.dialoguedesk.common.ValidationException;

/**
 * Gathers what a rendered profile says in one language ({@link ProfileExport}): the sections in
 * template order with their text, figures and charts; in a public export only the public sections, the
 * others named as left out, and only the sources the contained sections cite. A restricted profile has
 * no public export.
 */
public final class ProfileExports {

    private final ProfileService profiles;
    private final ProfilePublishing publishing;
    private final ProfileSources sources;
    private final Function<UUID, Optional<Localized>> dialogueNames;
    private final Function<String, Optional<Localized>> countryNames;
    private final Clock clock;

    /** The names of dialogues (by id) and countries (by ISO3 code) come from the roster; profiles need not know it. */
    public ProfileExports(ProfileService profiles, ProfilePublishing publishing, ProfileSources sources,
                          Function<UUID, Optional<Localized>> dialogueNames,
                          Function<String, Optional<Localized>> countryNames, Clock clock) {
        this.profiles = profiles;
        this.publishing = publishing;
        this.sources = sources;
        this.dialogueNames = dialogueNames;
        this.countryNames = countryNames;
        this.clock = clock;
    }

    public ProfileExport export(UUID profileId, Lang lang, boolean publicOnly) {
        Profile profile = profiles.existing(profileId);
        if (publicOnly && profile.access() == Access.RESTRICTED) {
            throw new ValidationException(List.of(Problem.of("access", "profile.render.problem.restrictedProfile")));
        }
        Map<String, Localized> titles = profiles.template(profile.templateId())
                .map(t -> t.sections().stream().collect(Collectors.toMap(TemplateSection::code, TemplateSection::title)))
                .orElse(Map.of());
        Map<UUID, String> texts = profiles.texts(profileId).stream().filter(t -> t.lang() == lang)
                .filter(t -> !t.markdown().isBlank())
                .collect(Collectors.toMap(SectionText::sectionId, SectionText::markdown));
        Map<UUID, List<Indicator>> figures = profiles.indicators(profileId).stream()
                .collect(Collectors.groupingBy(Indicator::sectionId));
        List<ProfileExport.Part> parts = new ArrayList<>();
        List<String> leftOut = new ArrayList<>();
        Set<String> contained = new HashSet<>();
        for (ProfileSection s : profiles.sections(profileId)) {
            String title = Optional.ofNullable(titles.get(s.code())).map(t -> t.in(lang)).orElse(s.code());
            if (publicOnly && s.access() == Access.RESTRICTED) {
                leftOut.add(title);
                continue;
            }
            contained.add(s.code());
            List<Indicator> indicators = figures.getOrDefault(s.id(), List.of());
            String markdown = texts.get(s.id());
            parts.add(new ProfileExport.Part(s.code(), title, s.access(), s.status(), markdown, markdown != null,
                    indicators, IndicatorChartPlan.of(indicators, lang)));
        }
        List<Source> cited = sources.sources(profileId).stream()
                .filter(src -> src.usedIn().stream().anyMatch(contained::contains)).toList();
        String dialogue = profile.dialogueId() == null ? ""
                : dialogueNames.apply(profile.dialogueId()).map(n -> n.in(lang)).orElse("");
        List<String> countries = profile.routeCountries().stream()
                .map(c -> countryNames.apply(c).map(n -> n.in(lang)).orElse(c)).toList();
        return new ProfileExport(profile, lang, dialogue, countries, publicOnly, edition(profileId), LocalDate.now(clock), parts,
                leftOut, cited);
    }

    private ProfileExport.Edition edition(UUID profileId) {
        Optional<ProfileVersion> current = publishing.currentVersion(profileId);
        if (current.isPresent()) {
            return new ProfileExport.Edition(current.get().number(), current.get().publishedOn(), false);
        }
        List<ProfileVersion> versions = publishing.versions(profileId);
        return versions.isEmpty() ? new ProfileExport.Edition(0, null, true)
                : new ProfileExport.Edition(versions.get(versions.size() - 1).number(),
                versions.get(versions.size() - 1).publishedOn(), true);
    }
}
