package org.dialoguedesk.bundle;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.dialoguedesk.bundle.WatchList.Item;
import org.dialoguedesk.bundle.WatchList.Origin;

/**
 * The protected lines of a {@link WatchList} and the search for them in a text. A passage is a whole line
 * (paragraph, list item, table row), or one sentence of a paragraph, of {@value #SHORTEST_PASSAGE} folded
 * words or more. Its origin is its
 * section (profile and section code, every language and version together; a meeting's notes or
 * conclusions), not the whole profile, so a profile's public section repeating its own restricted line is
 * still a leak. A line is common wording, not protected, when it is written in {@value #COMMON_DOCUMENTS}
 * or more documents (a disclaimer, an agency's mandate), or in {@value #BOILERPLATE_SECTIONS} or more
 * sections of one document (that document's boilerplate: "Fictional figures, sample data."), or is one of
 * the roster's names. Passages are indexed by their first {@value #SHORTEST_PASSAGE} words, so a text is
 * read with one hash look-up per word position and only a hit is compared word for word.
 */
final class ProtectedPassages {

    /** A protected line of fewer words is not looked for. */
    static final int SHORTEST_PASSAGE = 8;
    /** A line written in this many documents (profiles, meetings) is common, not the secret of one. */
    static final int COMMON_DOCUMENTS = 2;
    /** A line written in this many sections of one document is that document's boilerplate. */
    static final int BOILERPLATE_SECTIONS = 3;

    /** Where a sentence ends inside a line: after a full stop, a question or exclamation mark and a space. */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?\u061F\u2026])\\s+");

    private record Passage(List<String> words, Item item) {
    }

    /** Passages by their first {@value #SHORTEST_PASSAGE} folded words joined by spaces. */
    private final Map<String, List<Passage>> byShingle = new HashMap<>();

    ProtectedPassages(WatchList watch) {
        Map<List<String>, Item> candidates = new LinkedHashMap<>();
        Map<List<String>, Set<Origin>> origins = new HashMap<>();
        // a published version mostly repeats the text as drafted now: each distinct text is folded once
        Map<String, List<List<String>>> folded = new HashMap<>();
        for (Item p : watch.passages()) {
            for (List<String> line : folded.computeIfAbsent(p.text(), ProtectedPassages::lines)) {
                candidates.putIfAbsent(line, p);
                origins.computeIfAbsent(line, k -> new HashSet<>()).add(p.origin());
            }
        }
        for (Item c : watch.context()) {
            for (List<String> line : folded.computeIfAbsent(c.text(), ProtectedPassages::lines)) {
                Set<Origin> from = origins.get(line);
                if (from != null) {
                    from.add(c.origin());
                }
            }
        }
        candidates.forEach((line, item) -> {
            if (!common(origins.get(line))) {
                byShingle.computeIfAbsent(String.join(" ", line.subList(0, SHORTEST_PASSAGE)), k -> new ArrayList<>())
                        .add(new Passage(line, item));
            }
        });
    }

    /** Every protected passage found in the text, each reported once, with where it stands. */
    List<LeakFinding> find(PayloadText t, FoldedWords words) {
        List<LeakFinding> findings = new ArrayList<>();
        Set<Item> reported = new LinkedHashSet<>();
        for (int i = 0; i + SHORTEST_PASSAGE <= words.size(); i++) {
            List<Passage> hits = byShingle.get(words.join(i, i + SHORTEST_PASSAGE));
            if (hits == null) {
                continue;
            }
            for (Passage p : hits) {
                int end = i + p.words().size();
                if (end <= words.size() && words.matches(i, p.words()) && reported.add(p.item())) {
                    findings.add(new LeakFinding(p.item().kind(), p.item().source(), t.where(), words.excerpt(i, end)));
                }
            }
        }
        return findings;
    }

    private static boolean common(Set<Origin> origins) {
        if (origins.contains(WatchList.COMMON)) {
            return true;
        }
        Map<String, Set<String>> sectionsByDocument = new HashMap<>();
        origins.forEach(o -> sectionsByDocument.computeIfAbsent(o.document(), k -> new HashSet<>()).add(o.part()));
        return sectionsByDocument.size() >= COMMON_DOCUMENTS
                || sectionsByDocument.values().stream().anyMatch(s -> s.size() >= BOILERPLATE_SECTIONS);
    }

    /** Each line of a text, and each sentence of a line of several, of enough words, folded. */
    private static List<List<String>> lines(String text) {
        List<List<String>> lines = new ArrayList<>();
        for (String line : text.split("\\R")) {
            add(FoldedWords.of(line), lines);
            String[] sentences = SENTENCE_END.split(line);
            if (sentences.length > 1) {
                for (String sentence : sentences) {
                    add(FoldedWords.of(sentence), lines);
                }
            }
        }
        return lines;
    }

    private static void add(List<String> words, List<List<String>> lines) {
        if (words.size() >= SHORTEST_PASSAGE) {
            lines.add(words);
        }
    }
}
