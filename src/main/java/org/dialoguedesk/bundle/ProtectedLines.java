package org.dialoguedesk.bundle;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.dialoguedesk.bundle.WatchList.Item;
import org.dialoguedesk.bundle.WatchList.Origin;

/**
 * Whole protected lines of a {@link WatchList} and the search for them in a text. A passage is a whole line
 * (paragraph, list item, table row), or one sentence of a paragraph, of {@value ProtectedPassages#QUOTE}
 * folded words or more. Its origin is its section (profile and section code, every language and version
 * together; a meeting's notes or conclusions), not the whole profile, so a profile's public section
 * repeating its own restricted line is still a leak. A line is common wording, not protected, when it is
 * written, public or restricted, in {@value ProtectedPassages#COMMON_DOCUMENTS} or more documents, in
 * {@value ProtectedPassages#BOILERPLATE_SECTIONS} or more sections of one document, or is one of the
 * roster's names. Passages are indexed by the shingle of their first {@value ProtectedPassages#QUOTE} words,
 * so a text is read with one look-up per word position and only a hit is compared word for word.
 */
final class ProtectedLines {

    /** Where a sentence ends inside a line: after a full stop, a question or exclamation mark and a space. */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?\u061F\u2026])\\s+");

    private record Passage(List<String> words, Item item) {
    }

    /** Passages by the shingle of their first words: the index of their list in {@link #starting}. */
    private final ShingleTable starts = new ShingleTable();
    private final List<List<Passage>> starting = new ArrayList<>();

    ProtectedLines(WatchList watch, FoldedWords.Foldings foldings) {
        Map<List<String>, Item> candidates = new LinkedHashMap<>();
        Map<List<String>, Set<Origin>> origins = new HashMap<>();
        // a published version mostly repeats the text as drafted now: each distinct text is folded once
        Map<String, List<List<String>>> folded = new HashMap<>();
        for (Item p : watch.passages()) {
            for (List<String> line : folded.computeIfAbsent(p.text(), t -> lines(t, foldings))) {
                candidates.putIfAbsent(line, p);
                origins.computeIfAbsent(line, k -> new HashSet<>()).add(p.origin());
            }
        }
        for (Item c : watch.context()) {
            for (List<String> line : folded.computeIfAbsent(c.text(), t -> lines(t, foldings))) {
                Set<Origin> from = origins.get(line);
                if (from != null) {
                    from.add(c.origin());
                }
            }
        }
        candidates.forEach((line, item) -> {
            if (!ProtectedPassages.common(origins.get(line))) {
                long start = ShingleTable.of(line, ProtectedPassages.QUOTE)[0];
                long at = starts.get(start);
                if (at == ShingleTable.ABSENT) {
                    at = starting.size();
                    starts.put(start, at);
                    starting.add(new ArrayList<>());
                }
                starting.get((int) at).add(new Passage(line, item));
            }
        });
    }

    /**
     * Adds every protected line found whole in the text, with where it stands, unless its item was already
     * reported. {@code shingles} are the text's, by {@link ShingleTable#of}.
     */
    void find(PayloadText t, FoldedWords words, long[] shingles, Set<Item> reported, List<LeakFinding> findings) {
        for (int i = 0; i < shingles.length; i++) {
            long at = starts.get(shingles[i]);
            if (at == ShingleTable.ABSENT) {
                continue;
            }
            for (Passage p : starting.get((int) at)) {
                if (words.matches(i, p.words()) && reported.add(p.item())) {
                    findings.add(new LeakFinding(p.item().kind(), p.item().source(), t.where(),
                            words.excerpt(i, i + p.words().size())));
                }
            }
        }
    }

    /** Each line of a text, and each sentence of a line of several, of enough words, folded. */
    private static List<List<String>> lines(String text, FoldedWords.Foldings foldings) {
        List<List<String>> lines = new ArrayList<>();
        for (String line : text.split("\\R")) {
            add(FoldedWords.of(line, foldings), lines);
            String[] sentences = SENTENCE_END.split(line);
            if (sentences.length > 1) {
                for (String sentence : sentences) {
                    add(FoldedWords.of(sentence, foldings), lines);
                }
            }
        }
        return lines;
    }

    private static void add(List<String> words, List<List<String>> lines) {
        if (words.size() >= ProtectedPassages.QUOTE) {
            lines.add(words);
        }
    }
}
