package org.dialoguedesk.render.doc;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Set;

/** Reading back the text of a PDF as a reader's tools would. */
public final class PdfReading {

    private PdfReading() {
    }

    /**
     * The text without its vowel marks (shadda, fatha…): NFKC turns a mark's presentation form into a
     * space and the mark, which would split the word; words are compared without them.
     */
    public static String withoutMarks(String text) {
        return text.replaceAll(" ?\\p{Mn}", "");
    }

    /**
     * The Arabic words of a page as a reader types them, without vowel marks. Text extracted from a
     * PDF comes in presentation forms and visual order: reversing each line gives the order, then NFKC
     * the letters (in that order, so a lam-alef ligature such as the one of الإدريسي comes out as lam
     * then alef).
     */
    public static Set<String> arabicWords(String page) {
        Set<String> words = new HashSet<>();
        for (String line : page.split("\n")) {
            String logical = withoutMarks(Normalizer.normalize(new StringBuilder(line).reverse().toString(),
                    Normalizer.Form.NFKC));
            for (String w : logical.split("[^\\p{IsArabic}]+")) {
                if (!w.isEmpty()) {
                    words.add(w);
                }
            }
        }
        return words;
    }
}
