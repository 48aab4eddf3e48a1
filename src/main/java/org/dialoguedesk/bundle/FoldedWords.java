package org.dialoguedesk.bundle;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dialoguedesk.roster.NameFolding;

/**
 * A text cut into words folded as {@link NameFolding} folds names (case, accents, punctuation), each
 * remembering where it stands in the original, so a match found on folded words can be quoted as written.
 */
final class FoldedWords {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+");
    private static final int CONTEXT = 24;

    private final String original;
    private final List<String> words = new ArrayList<>();
    private final List<int[]> spans = new ArrayList<>();

    FoldedWords(String original) {
        this(original, new Foldings());
    }

    FoldedWords(String original, Foldings foldings) {
        this.original = original;
        Matcher m = WORD.matcher(original);
        while (m.find()) {
            for (String part : foldings.of(m.group())) {
                words.add(part);
                spans.add(new int[] {m.start(), m.end()});
            }
        }
    }

    /**
     * The folded parts of each distinct word met so far. Folding a word that is not plain ASCII costs a
     * Unicode decomposition and two regular expressions, and a desk's texts repeat some tens of thousands of
     * words millions of times; the texts folded through one instance also share their word strings. One
     * instance for one leak check: not for several threads.
     */
    static final class Foldings {

        private final Map<String, String[]> parts = new HashMap<>();

        String[] of(String word) {
            String[] known = parts.get(word);
            if (known == null) {
                known = plainAscii(word) ? new String[] {word.toLowerCase(Locale.ROOT)}
                        : Arrays.stream(NameFolding.fold(word).split(" ")).filter(p -> !p.isEmpty()).toArray(String[]::new);
                parts.put(word, known);
            }
            return known;
        }
    }

    /** Whether a word is ASCII letters and digits, which fold to its lower case: most words, read fast. */
    private static boolean plainAscii(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c >= 128 || !Character.isLetterOrDigit(c)) {
                return false;
            }
        }
        return true;
    }

    int size() {
        return words.size();
    }

    /** The folded words, in order. */
    List<String> words() {
        return Collections.unmodifiableList(words);
    }

    String word(int i) {
        return words.get(i);
    }

    /** Words {@code from} (inclusive) to {@code to} (exclusive) joined by single spaces. */
    String join(int from, int to) {
        return String.join(" ", words.subList(from, to));
    }

    /** Whether the words from {@code from} on are {@code other}, word for word. */
    boolean matches(int from, List<String> other) {
        return from + other.size() <= words.size() && words.subList(from, from + other.size()).equals(other);
    }

    /** The original text of words from..to with a little context either side. */
    String excerpt(int from, int to) {
        return excerptOf(original, spans.get(from)[0], spans.get(to - 1)[1]);
    }

    /** The characters start..end of {@code text} with up to 24 characters of context either side. */
    static String excerptOf(String text, int start, int end) {
        int a = Math.max(0, start - CONTEXT);
        int b = Math.min(text.length(), end + CONTEXT);
        String cut = text.substring(a, b).replaceAll("\\s+", " ").strip();
        return (a > 0 ? "…" : "") + cut + (b < text.length() ? "…" : "");
    }

    /** The folded words of a text, for building what to look for. */
    static List<String> of(String text) {
        return of(text, new Foldings());
    }

    /** The folded words of a text, folding its words through {@code foldings}. */
    static List<String> of(String text, Foldings foldings) {
        FoldedWords w = new FoldedWords(text, foldings);
        return List.copyOf(w.words);
    }
}
