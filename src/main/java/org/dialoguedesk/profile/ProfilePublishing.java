package org.dialoguedesk.profile;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.dialoguedesk.common.Lang;
import org.dialoguedesk.common.Officer;
import org.dialoguedesk.common.Problem;
import org.dialoguedesk.common.RecordMeta;
import org.dialoguedesk.common.Transactions;
import org.dialoguedesk.common.ValidationException;

/**
 * Publishing profiles as numbered, dated, immutable versions, and comparing two versions section by
 * section and language by language.
 */
public final class ProfilePublishing {

    /** What changed in one section and language between two versions. */
    public record SectionDiff(String sectionCode, Lang lang, List<LineDiff.Line> lines) {
    }

    private final ProfileService service;
    private final ProfileRepository profiles;
    private final Transactions transactions;
    private final Officer officer;
    private final Clock clock;

    public ProfilePublishing(ProfileService service, ProfileRepository profiles, Transactions transactions,
                             Officer officer, Clock clock) {
        this.service = service;
        this.profiles = profiles;
        this.transactions = transactions;
        this.officer = officer;
        this.clock = clock;
    }

    public List<ProfileVersion> versions(UUID profileId) {
        return profiles.versions(profileId);
    }

    /** Freezes what the profile says now as its next version, dated today. */
    public ProfileVersion publish(UUID profileId) {
        return transactions.inTransaction(() -> {
            service.existing(profileId);
            List<VersionText> frozen = snapshot(profileId);
            int number = profiles.versions(profileId).stream().mapToInt(ProfileVersion::number).max().orElse(0) + 1;
            ProfileVersion v = new ProfileVersion(RecordMeta.create(officer.name(), clock), profileId, number,
                    LocalDate.now(clock), frozen);
            profiles.addVersion(v);
            return v;
        });
    }

    /**
     * The latest published version when the profile says just what it said (text, figures, status and
     * access of every section in every language); empty when it has changed since, or was never published.
     */
    public Optional<ProfileVersion> currentVersion(UUID profileId) {
        List<ProfileVersion> versions = profiles.versions(profileId);
        if (versions.isEmpty()) {
            return Optional.empty();
        }
        ProfileVersion latest = versions.get(versions.size() - 1);
        return latest.texts().equals(snapshot(profileId)) ? Optional.of(latest) : Optional.empty();
    }

    /** What the profile says now, as a version would keep it: each section in each language. */
    private List<VersionText> snapshot(UUID profileId) {
        List<ProfileSection> sections = profiles.sections(profileId);
        Map<UUID, List<SectionText>> texts = profiles.texts(profileId).stream()
                .collect(Collectors.groupingBy(SectionText::sectionId));
        Map<UUID, List<Indicator>> indicators = profiles.indicators(profileId).stream()
                .collect(Collectors.groupingBy(Indicator::sectionId));
        List<VersionText> frozen = new ArrayList<>();
        for (ProfileSection s : sections) {
            for (Lang lang : Lang.values()) {
                String markdown = texts.getOrDefault(s.id(), List.of()).stream().filter(t -> t.lang() == lang)
                        .findFirst().map(SectionText::markdown).orElse("");
                frozen.add(new VersionText(s.code(), lang, s.status(), s.access(), markdown,
                        IndicatorTable.markdown(indicators.getOrDefault(s.id(), List.of()), lang)));
            }
        }
        return frozen;
    }

    /**
     * The sections and languages whose text or indicators differ between two published versions, in
     * section order, each with its line-by-line difference (indicators after the text).
     */
    public List<SectionDiff> diff(UUID profileId, int from, int to) {
        ProfileVersion a = version(profileId, from);
        ProfileVersion b = version(profileId, to);
        List<SectionDiff> diffs = new ArrayList<>();
        for (VersionText after : b.texts()) {
            Optional<VersionText> before = a.texts().stream().filter(t -> t.sectionCode().equals(after.sectionCode())
                    && t.lang() == after.lang()).findFirst();
            String old = before.map(t -> t.markdown() + "\n" + t.indicators()).orElse("");
            List<LineDiff.Line> lines = LineDiff.of(old, after.markdown() + "\n" + after.indicators());
            if (LineDiff.changed(lines)) {
                diffs.add(new SectionDiff(after.sectionCode(), after.lang(), lines));
            }
        }
        return diffs;
    }

    private ProfileVersion version(UUID profileId, int number) {
        return profiles.versions(profileId).stream().filter(v -> v.number() == number).findFirst()
                .orElseThrow(() -> new ValidationException(List.of(Problem.of("version",
                        "profile.problem.versionUnknown", String.valueOf(number)))));
    }
}
