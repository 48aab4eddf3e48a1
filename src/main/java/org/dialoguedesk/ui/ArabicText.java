package org.dialoguedesk.ui;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import javafx.beans.binding.Bindings;
import javafx.scene.control.TextArea;
import javafx.scene.text.Font;

/** Arabic script in texts, and the text areas JavaFX cannot wrap when they hold it. */
public final class ArabicText {

    /** The Unicode blocks of Arabic letters, digits and punctuation, as a regex character class body. */
    static final String BLOCKS = "\\u0600-\\u06FF\\u0750-\\u077F\\u08A0-\\u08FF\\uFB50-\\uFDFF\\uFE70-\\uFEFF";
    private static final Pattern ANY = Pattern.compile("[" + BLOCKS + "]");
    /** Fonts with Latin and Arabic letters both: Windows' own, then Linux's. */
    private static final List<String> MIXED_SCRIPT_FAMILIES = List.of("Segoe UI", "Tahoma", "DejaVu Sans", "Arial");

    private ArabicText() {
    }

    public static boolean in(String text) {
        return text != null && ANY.matcher(text).find();
    }

    /**
     * Wraps the area's lines only while it holds no Arabic. JavaFX 21 never breaks a line inside
     * Arabic text (see {@link Paragraph}): a wrapping area draws an Arabic paragraph as one clipped
     * line. Unwrapped, the line can at least be scrolled to, and read whole.
     */
    public static void wrapUnlessArabic(TextArea area) {
        area.wrapTextProperty().bind(Bindings.createBooleanBinding(() -> !in(area.getText()), area.textProperty()));
    }

    /**
     * An installed font family that draws both Latin and Arabic letters, if there is one. A text
     * area draws each line as one text: in a font without Arabic letters, they come from a fallback
     * font, and JavaFX puts the two fonts' parts side by side left to right, so that "(مسودة)" shows
     * as ")مسودة(" and "1. الرصد" as "1الرصد.". Drawn in one font, the line is ordered right.
     */
    public static Optional<String> mixedScriptFamily() {
        List<String> installed = Font.getFamilies();
        return MIXED_SCRIPT_FAMILIES.stream().filter(installed::contains).findFirst();
    }
}
