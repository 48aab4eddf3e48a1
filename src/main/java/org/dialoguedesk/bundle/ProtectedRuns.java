package org.dialoguedesk.bundle;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dialoguedesk.bundle.WatchList.Item;
import org.dialoguedesk.bundle.WatchList.Origin;

/**
 * Runs of {@value ProtectedPassages#QUOTE} consecutive folded words of protected texts, and the search for
 * them in a text: a part lifted from the middle of a longer protected sentence, or one quoted with a few
 * words changed at its ends, shares such a run with it. Each run is kept as its shingle
 * ({@link ShingleTable}), so a text is read with one look-up per word position and only a hit is compared
 * word for word: linear in the text, whatever the number of protected texts.
 * <p>
 * A run is common wording, not protected, when it is written in protected texts of
 * {@value ProtectedPassages#COMMON_DOCUMENTS} or more documents, in
 * {@value ProtectedPassages#BOILERPLATE_SECTIONS} or more sections of one document, or in any of the texts
 * given as published wording.
 */
final class ProtectedRuns {

    /** What the table keeps for a run found to be common wording. */
    private static final long COMMON = -1;

    /** A protected text, folded once however many versions and items repeat it, and the first item it came from. */
    private record Passage(List<String> words, Item item) {
    }

    private final List<Passage> passages = new ArrayList<>();
    /**
     * Every run of every passage: the passage it was first read in and where in it (the passage's index in
     * the high half, the run's first word in the low half), or {@link #COMMON}.
     */
    private final ShingleTable runs = new ShingleTable();

    /**
     * @param protectedTexts the texts whose runs must not be quoted
     * @param published texts whose runs are common wording wherever they are also protected
     * @param foldings the folding of the words met so far
     */
    ProtectedRuns(List<Item> protectedTexts, List<Item> published, FoldedWords.Foldings foldings) {
        // a published version mostly repeats the text as drafted now: each distinct text is folded once
        Map<String, List<String>> folded = new HashMap<>();
        for (Item p : protectedTexts) {
            if (!folded.containsKey(p.text())) {
                passages.add(new Passage(folded.computeIfAbsent(p.text(), t -> FoldedWords.of(t, foldings)), p));
                index(passages.size() - 1);
            }
        }
        // then every protected text counts as one more origin of the runs it shares
        Map<Long, Set<Origin>> seenElsewhere = new HashMap<>();
        for (Item p : protectedTexts) {
            List<String> words = folded.get(p.text());
            long[] shingles = ShingleTable.of(words, ProtectedPassages.QUOTE);
            for (int i = 0; i < shingles.length; i++) {
                seen(shingles[i], words, i, p.origin(), seenElsewhere);
            }
        }
        Set<String> read = new HashSet<>();
        for (Item c : published) {
            if (!read.add(c.text())) {
                continue;
            }
            List<String> words = FoldedWords.of(c.text(), foldings);
            long[] shingles = ShingleTable.of(words, ProtectedPassages.QUOTE);
            for (int i = 0; i < shingles.length; i++) {
                if (first(shingles[i], words, i) != null) {
                    runs.put(shingles[i], COMMON);
                }
            }
        }
    }

    /** Enters the runs of a passage that are not in the table yet. */
    private void index(int passage) {
        long[] shingles = ShingleTable.of(passages.get(passage).words(), ProtectedPassages.QUOTE);
        for (int i = 0; i < shingles.length; i++) {
            if (runs.get(shingles[i]) == ShingleTable.ABSENT) {
                runs.put(shingles[i], (long) passage << 32 | i);
            }
        }
    }

    /**
     * Counts one more origin of a protected run, and marks the run common once its origins make it so. Only
     * runs met outside the section they were first read in keep their origins, and only until then.
     */
    private void seen(long shingle, List<String> words, int from, Origin origin, Map<Long, Set<Origin>> seenElsewhere) {
        Passage first = first(shingle, words, from);
        if (first == null || first.item().origin().equals(origin)) {
            return;
        }
        Set<Origin> origins = seenElsewhere.computeIfAbsent(shingle, k -> new HashSet<>(Set.of(first.item().origin())));
        origins.add(origin);
        if (ProtectedPassages.common(origins)) {
            runs.put(shingle, COMMON);
            seenElsewhere.remove(shingle);
        }
    }

    /** The passage a protected run of the words from {@code from} was first read in, or null. */
    private Passage first(long shingle, List<String> words, int from) {
        long at = runs.get(shingle);
        if (at == ShingleTable.ABSENT || at == COMMON) {
            return null;
        }
        Passage p = passages.get((int) (at >>> 32));
        for (int k = 0; k < ProtectedPassages.QUOTE; k++) {
            if (!words.get(from + k).equals(p.words().get((int) at + k))) {
                return null;
            }
        }
        return p;
    }

    /**
     * Adds every protected text the text quotes, unless its item was already reported: the words of each
     * stretch of overlapping quoted runs, attributed to the text its first run comes from.
     * {@code shingles} are the text's, by {@link ShingleTable#of}.
     */
    void find(PayloadText t, FoldedWords words, long[] shingles, Set<Item> reported, List<LeakFinding> findings) {
        List<String> w = words.words();
        Item quoted = null;
        int from = 0;
        int to = 0;
        for (int i = 0; i < shingles.length; i++) {
            Passage hit = first(shingles[i], w, i);
            if (hit == null) {
                continue;
            }
            if (quoted != null && i > to) {
                report(t, words, quoted, from, to, reported, findings);
                quoted = null;
            }
            if (quoted == null) {
                quoted = hit.item();
                from = i;
            }
            to = i + ProtectedPassages.QUOTE;
        }
        if (quoted != null) {
            report(t, words, quoted, from, to, reported, findings);
        }
    }

    private static void report(PayloadText t, FoldedWords words, Item item, int from, int to, Set<Item> reported,
                               List<LeakFinding> findings) {
        if (reported.add(item)) {
            findings.add(new LeakFinding(item.kind(), item.source(), t.where(), words.excerpt(from, to)));
        }
    }
}
