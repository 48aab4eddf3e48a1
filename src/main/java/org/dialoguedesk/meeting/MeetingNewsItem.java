package org.dialoguedesk.meeting;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dialoguedesk.common.Lang;
import org.dialoguedesk.common.Messages;
import org.dialoguedesk.roster.Country;
import org.dialoguedesk.roster.Dialogue;
import org.dialoguedesk.roster.Organisation;
import org.dialoguedesk.roster.RosterService;

/**
 * A drafted news item after a meeting, in the News Centre style of seed 004: the facts of the
 * {@link MeetingStatistics} only ("gathered 80 participants representing 33 partner countries of the
 * Dialogue (of which 13 were European and 20 were African countries)"), for the officer to complete
 * with what was discussed. Drafted in English or French, the languages of the News Centre.
 */
public record MeetingNewsItem(Lang language, String headline, String body) {

    /** Drafts the item in {@code lang} (English or French) from the meeting and its statistics. */
    public static MeetingNewsItem draft(Meeting meeting, MeetingStatistics stats, Lang lang, RosterService roster,
                                        FormalCountryNames formalNames) {
        if (lang == Lang.AR) {
            throw new IllegalArgumentException("News items are drafted in English or French");
        }
        Messages m = new Messages(lang);
        String dialogue = roster.dialogue(meeting.dialogueId()).map(Dialogue::name).map(n -> n.in(lang)).orElse("");
        String headline = m.get("meeting.news.headline", dialogue, meeting.title().in(lang), meeting.city().in(lang));
        List<String> chairs = meeting.coChairs().stream().map(c -> formalNames.name(c, lang)
                .orElseGet(() -> countryName(roster, c, lang))).toList();
        List<String> sentences = new ArrayList<>();
        sentences.add(m.get("meeting.news.gathered", list(m, chairs), stats.participants(),
                stats.partnerCountries().size(), stats.european(), stats.african()));
        if (stats.other() > 0) {
            sentences.add(m.get("meeting.news.otherRegions", stats.other()));
        }
        if (stats.arab() > 0) {
            sentences.add(m.get("meeting.news.arab", stats.arab()));
        }
        Map<String, Long> nonPartners = stats.nonPartnerCountries();
        if (!nonPartners.isEmpty()) {
            sentences.add(m.get("meeting.news.nonPartners", list(m, nonPartners.keySet().stream()
                    .map(c -> countryName(roster, c, lang)).toList()), nonPartners.size()));
        }
        if (!stats.byOrganisation().isEmpty()) {
            sentences.add(m.get("meeting.news.organisations", list(m, stats.byOrganisation().keySet().stream()
                    .map(id -> roster.organisation(id).map(o -> organisationName(o, lang)).orElse(""))
                    .filter(s -> !s.isEmpty()).sorted().toList())));
        }
        return new MeetingNewsItem(lang, headline, String.join(" ", sentences));
    }

    private static String countryName(RosterService roster, String code, Lang lang) {
        return roster.country(code).map(Country::name).map(n -> n.in(lang)).orElse(code);
    }

    private static String organisationName(Organisation o, Lang lang) {
        return o.acronym().isBlank() ? o.name().in(lang) : o.acronym();
    }

    /** "A", "A and B", "A, B and C" in the language of {@code m}. */
    private static String list(Messages m, List<String> items) {
        if (items.size() <= 1) {
            return items.isEmpty() ? "" : items.get(0);
        }
        String head = String.join(m.get("meeting.news.listSeparator"), items.subList(0, items.size() - 1));
        return m.get("meeting.news.and", head, items.get(items.size() - 1));
    }

    /** The headline, a blank line and the body: the item as the officer copies it. */
    public String text() {
        return headline + "\n\n" + body + "\n";
    }
}
