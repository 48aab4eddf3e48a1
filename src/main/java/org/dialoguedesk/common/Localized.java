package org.dialoguedesk.common;

/**
 * A short text in English, French and Arabic. Missing translations are empty strings and fall back
 * to English (then French) when shown, so a half-translated roster still reads.
 */
public record Localized(String en, String fr, String ar) {

    public Localized {
        en = en == null ? "" : en.strip();
        fr = fr == null ? "" : fr.strip();
        ar = ar == null ? "" : ar.strip();
    }

    public static Localized of(String en) {
        return new Localized(en, "", "");
    }

    /** The exact text in that language, possibly empty. */
    public String exact(Lang lang) {
        return switch (lang) {
            case EN -> en;
            case FR -> fr;
            case AR -> ar;
        };
    }

    /** The text in that language, or the first other language that has one. */
    public String in(Lang lang) {
        String exact = exact(lang);
        if (!exact.isEmpty()) {
            return exact;
        }
        return !en.isEmpty() ? en : !fr.isEmpty() ? fr : ar;
    }
}
