package org.dialoguedesk.profile;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.dialoguedesk.common.Lang;

/**
 * What a rendered profile says, in one language, gathered from the store so a renderer needs nothing
 * else: the profile and its dialogue (and a route's countries, named), which edition it is, the sections it contains (in a public
 * export only the public ones) and those it leaves out, and the sources its contained sections cite.
 */
public record ProfileExport(Profile profile, Lang lang, String dialogue, List<String> countries, boolean publicOnly,
                            Edition edition,
                            LocalDate printedOn, List<Part> sections, List<String> leftOut, List<Source> sources) {

    /**
     * Which edition the text is: a published version ({@code number} and date) when the profile says
     * just what that version said, else the draft after the latest version (0 when none was published).
     */
    public record Edition(int number, LocalDate publishedOn, boolean draft) {
    }

    /**
     * One section: its title, access and status, its text in the export's language ({@code translated}
     * false when that language has no text yet, and {@code markdown} then empty), and its figures with
     * the charts drawn from them.
     */
    public record Part(String code, String title, Access access, SectionStatus status, String markdown,
                       boolean translated, List<Indicator> indicators, List<IndicatorChartPlan> charts) {
        public Part {
            markdown = markdown == null ? "" : markdown;
            indicators = List.copyOf(indicators);
            charts = List.copyOf(charts);
        }
    }

    public ProfileExport {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(lang, "lang");
        dialogue = dialogue == null ? "" : dialogue;
        countries = List.copyOf(countries);
        Objects.requireNonNull(edition, "edition");
        Objects.requireNonNull(printedOn, "printedOn");
        sections = List.copyOf(sections);
        leftOut = List.copyOf(leftOut);
        sources = List.copyOf(sources);
    }

    /** Whether the export must say RESTRICTED: the profile, or one of the sections it contains, is. */
    public boolean restricted() {
        return profile.access() == Access.RESTRICTED || sections.stream().anyMatch(p -> p.access() == Access.RESTRICTED);
    }
}
