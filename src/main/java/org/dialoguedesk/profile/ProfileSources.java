package org.dialoguedesk.profile;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dialoguedesk.common.DeskException;
import org.dialoguedesk.common.Lang;
import org.dialoguedesk.common.Officer;
import org.dialoguedesk.common.Problem;
import org.dialoguedesk.common.RecordMeta;
import org.dialoguedesk.common.Transactions;
import org.dialoguedesk.common.ValidationException;
import org.dialoguedesk.common.markdown.Markdown;
import org.dialoguedesk.common.markdown.MarkdownLink;

/**
 * Every link of a profile in one place. The list is computed from what the profile says now (the links
 * of its section texts in every language, and its indicators' source URLs), so it never goes out of
 * date; only what an officer adds to a source (a better title, the day the address was last checked)
 * is stored, per profile and URL.
 */
public final class ProfileSources {

    private final ProfileRepository profiles;
    private final ProfileSourceRepository notes;
    private final Transactions transactions;
    private final Officer officer;
    private final Clock clock;

    public ProfileSources(ProfileRepository profiles, ProfileSourceRepository notes, Transactions transactions,
                          Officer officer, Clock clock) {
        this.profiles = profiles;
        this.notes = notes;
        this.transactions = transactions;
        this.officer = officer;
        this.clock = clock;
    }

    /** The sources of a profile, each address once, in the order a reader first meets them. */
    public List<Source> sources(UUID profileId) {
        Profile profile = existing(profileId);
        return collect(profile, profiles.sections(profileId), profiles.texts(profileId),
                profiles.indicators(profileId), notes.notes(profileId));
    }

    /**
     * Records a source's title (blank, or the link text itself: the link text, following the text as it
     * changes) and the day its address was last checked (null: not recorded; not after today). The
     * address must be a web address linked from the profile.
     */
    public Source save(UUID profileId, String url, String title, LocalDate accessed) {
        return transactions.inTransaction(() -> {
            String address = url == null ? "" : url.strip();
            List<Source> all = sources(profileId);
            Optional<Source> source = all.stream().filter(s -> s.url().equals(address)).findFirst();
            List<Problem> problems = new ArrayList<>();
            if (!IndicatorRules.isWebAddress(address)) {
                problems.add(Problem.of("url", "profile.source.problem.url", address));
            } else if (source.isEmpty()) {
                problems.add(Problem.of("url", "profile.source.problem.unknown", address));
            }
            if (accessed != null && accessed.isAfter(LocalDate.now(clock))) {
                problems.add(Problem.of("accessed", "profile.source.problem.accessedInFuture", accessed));
            }
            if (!problems.isEmpty()) {
                throw new ValidationException(problems);
            }
            String wanted = title == null ? "" : title.strip();
            String kept = wanted.equals(source.get().foundTitle()) ? "" : wanted;
            Optional<SourceNote> stored = notes.notes(profileId).stream().filter(n -> n.url().equals(address))
                    .findFirst();
            if (stored.isPresent() && stored.get().title().equals(kept)
                    && Objects.equals(stored.get().accessed(), accessed)) {
                return source.get();
            }
            RecordMeta meta = stored.map(n -> n.meta().touch(officer.name(), clock))
                    .orElseGet(() -> RecordMeta.create(officer.name(), clock));
            notes.save(new SourceNote(meta, profileId, address, kept, accessed));
            return new Source(address, kept.isEmpty() ? source.get().foundTitle() : kept, source.get().foundTitle(),
                    accessed, source.get().usedIn());
        });
    }

    /**
     * The sources as a reader meets them: section by section, in each section the source language's
     * text first, then the other languages, then the section's indicators. A URL seen again adds its
     * section to where it is used; its found title is the first link text (or indicator source) naming it.
     */
    static List<Source> collect(Profile profile, List<ProfileSection> sections, List<SectionText> texts,
                                List<Indicator> indicators, List<SourceNote> notes) {
        Map<String, Found> found = new LinkedHashMap<>();
        List<Lang> languages = new ArrayList<>(List.of(profile.sourceLanguage()));
        for (Lang lang : Lang.values()) {
            if (lang != profile.sourceLanguage()) {
                languages.add(lang);
            }
        }
        for (ProfileSection section : sections.stream()
                .sorted(Comparator.comparingInt(ProfileSection::position)).toList()) {
            for (Lang lang : languages) {
                texts.stream().filter(t -> t.sectionId().equals(section.id()) && t.lang() == lang).findFirst()
                        .ifPresent(t -> {
                            for (MarkdownLink link : Markdown.links(t.markdown())) {
                                note(found, link.url(), link.text(), section.code());
                            }
                        });
            }
            indicators.stream().filter(i -> i.sectionId().equals(section.id()) && !i.sourceUrl().isEmpty())
                    .sorted(Comparator.comparingInt(Indicator::position))
                    .forEach(i -> note(found, i.sourceUrl(), i.source(), section.code()));
        }
        Map<String, SourceNote> byUrl = notes.stream()
                .collect(Collectors.toMap(SourceNote::url, Function.identity(), (a, b) -> a));
        return found.values().stream().map(f -> {
            SourceNote n = byUrl.get(f.url);
            String title = n == null || n.title().isEmpty() ? f.title : n.title();
            return new Source(f.url, title, f.title, n == null ? null : n.accessed(), f.usedIn);
        }).toList();
    }

    private static void note(Map<String, Found> found, String url, String title, String sectionCode) {
        String address = url == null ? "" : url.strip();
        if (address.isEmpty()) {
            return;
        }
        Found f = found.computeIfAbsent(address, a -> new Found(a, title == null || title.isBlank() ? a
                : title.strip()));
        if (!f.usedIn.contains(sectionCode)) {
            f.usedIn.add(sectionCode);
        }
    }

    private Profile existing(UUID profileId) {
        return profiles.find(profileId).orElseThrow(() -> new DeskException("No profile " + profileId));
    }

    /** A source while the texts are read: its address, first title and the sections citing it so far. */
    private static final class Found {

        final String url;
        final String title;
        final List<String> usedIn = new ArrayList<>();

        Found(String url, String title) {
            this.url = url;
            this.title = title;
        }
    }
}
