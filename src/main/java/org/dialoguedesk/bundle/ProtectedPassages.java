package org.dialoguedesk.bundle;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dialoguedesk.bundle.LeakFinding.Kind;
import org.dialoguedesk.bundle.WatchList.Item;
import org.dialoguedesk.bundle.WatchList.Origin;

/**
 * The search for quotations of the protected texts of a {@link WatchList} in a text, by two rules:
 * <ul>
 * <li>a whole protected line or sentence of {@value #QUOTE} folded words or more, unless written in
 * {@value #COMMON_DOCUMENTS} or more documents or {@value #BOILERPLATE_SECTIONS} or more sections of one,
 * public or restricted, or one of the roster's names. A line's origin is its section, so a public section
 * repeating its own profile's restricted line is a leak ({@link ProtectedLines});</li>
 * <li>any run of {@value #QUOTE} consecutive folded words of a protected text: a part of a longer sentence,
 * or a sentence with a few words changed at its ends ({@link ProtectedRuns}). A run of a restricted
 * section or profile is common wording when the desk also writes it in a public section (a public section
 * names the laws, institutions and definitions its restricted sections name too: the sample Moroccan profile
 * shares some fifty such runs, up to 25 words long, between its public and restricted sections), in two
 * restricted documents, three restricted sections of one, or the roster's names. A run of a Chatham House
 * note or of conclusions not final is compared with the other meetings' and the roster's names only: a
 * profile section repeating a session note is the leak itself, not common wording.</li>
 * </ul>
 * A text costs one shingle per word position for both rules together: linear in the payload's size.
 */
final class ProtectedPassages {

    /**
     * How many consecutive folded words make a quotation. Eight, as the whole lines and sentences looked
     * for before: shorter runs are the formulas every text on migration shares ("the Ministry of the
     * Interior of the", "in line with the national strategy on"), which the common-wording rule cannot all
     * catch when they happen to be written in one document only; at eight words independent writing stops
     * coinciding, and a shared run is a copy.
     */
    static final int QUOTE = 8;
    /** Wording written in this many documents (profiles, meetings) is common, not the secret of one. */
    static final int COMMON_DOCUMENTS = 2;
    /** Wording written in this many sections of one document is that document's boilerplate. */
    static final int BOILERPLATE_SECTIONS = 3;

    private final ProtectedLines lines;
    private final ProtectedRuns profileRuns;
    private final ProtectedRuns meetingRuns;

    ProtectedPassages(WatchList watch) {
        FoldedWords.Foldings foldings = new FoldedWords.Foldings();
        lines = new ProtectedLines(watch, foldings);
        Set<Item> restricted = new HashSet<>(watch.passages());
        List<Item> profileTexts = new ArrayList<>();
        List<Item> meetingTexts = new ArrayList<>();
        for (Item p : watch.passages()) {
            boolean meeting = p.kind() == Kind.CHATHAM_HOUSE_NOTE || p.kind() == Kind.CONCLUSIONS_DRAFT;
            (meeting ? meetingTexts : profileTexts).add(p);
        }
        List<Item> published = new ArrayList<>();
        List<Item> rosterNames = new ArrayList<>();
        for (Item c : watch.context()) {
            if (!restricted.contains(c)) {
                published.add(c);
            }
            if (c.origin().equals(WatchList.COMMON)) {
                rosterNames.add(c);
            }
        }
        profileRuns = new ProtectedRuns(profileTexts, published, foldings);
        meetingRuns = new ProtectedRuns(meetingTexts, rosterNames, foldings);
    }

    /** Every protected text quoted in the text, each reported once, with where it stands. */
    List<LeakFinding> find(PayloadText t, FoldedWords words) {
        long[] shingles = ShingleTable.of(words.words(), QUOTE);
        List<LeakFinding> findings = new ArrayList<>();
        Set<Item> reported = new LinkedHashSet<>();
        lines.find(t, words, shingles, reported, findings);
        profileRuns.find(t, words, shingles, reported, findings);
        meetingRuns.find(t, words, shingles, reported, findings);
        return findings;
    }

    /** Whether wording written in these places is common rather than the secret of one of them. */
    static boolean common(Set<Origin> origins) {
        if (origins.contains(WatchList.COMMON)) {
            return true;
        }
        Map<String, Set<String>> sectionsByDocument = new HashMap<>();
        origins.forEach(o -> sectionsByDocument.computeIfAbsent(o.document(), k -> new HashSet<>()).add(o.part()));
        return sectionsByDocument.size() >= COMMON_DOCUMENTS
                || sectionsByDocument.values().stream().anyMatch(s -> s.size() >= BOILERPLATE_SECTIONS);
    }
}
