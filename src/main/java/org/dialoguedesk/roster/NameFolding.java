package org.dialoguedesk.roster;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds names so that spellings of one person compare equal: case, accents and the usual
 * transliteration variants of Arabic names ("Mohamed", "Mohammed", "Muhammad"; "Ben Ali",
 * "Benali"). The key keeps the consonant skeleton of the Latin name, because transliterations
 * differ mostly in vowels, doubled letters and spacing.
 */
public final class NameFolding {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern LATIN_VOWELS = Pattern.compile("[aeiouy]");
    private static final Pattern REPEATS = Pattern.compile("(.)\\1+");
    private static final Pattern TITLES = Pattern.compile(
            "^(mr|mrs|ms|dr|prof|h\\.?e|m|mme)\\.?\\s+", Pattern.CASE_INSENSITIVE);

    private NameFolding() {
    }

    /** Lower case, accents removed, punctuation turned into single spaces. */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        String plain = MARKS.matcher(decomposed).replaceAll("")
                .replace('ß', 's').replace('ø', 'o').replace('Ø', 'o').replace('ł', 'l').replace('Ł', 'l')
                .replace('đ', 'd').replace('Đ', 'd').replace('ı', 'i');
        return NOT_LETTER_OR_DIGIT.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /** The duplicate-detection key of a name: equal keys mean "probably the same person". */
    public static String nameKey(String name) {
        String folded = fold(TITLES.matcher(name == null ? "" : name.strip()).replaceFirst(""));
        String joined = folded.replace(" ", "")
                .replace("ph", "f").replace("ck", "k").replace("q", "k");
        String skeleton = LATIN_VOWELS.matcher(joined).replaceAll("");
        String key = REPEATS.matcher(skeleton).replaceAll("$1");
        // A name with no consonants left (or Arabic script only) is compared on its folded form.
        return key.length() < 2 ? joined : key;
    }

    /** A search query or stored search text folded the same way, so "sene" finds "Sénégal". */
    public static String searchKey(String text) {
        return fold(text);
    }
}
