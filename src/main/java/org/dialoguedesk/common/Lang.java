package org.dialoguedesk.common;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The three languages of dialogue content and of the user interface. */
public enum Lang {
    EN("en"), FR("fr"), AR("ar");

    private final String code;

    Lang(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public Locale locale() {
        return Locale.forLanguageTag(code);
    }

    public boolean isRightToLeft() {
        return this == AR;
    }

    public static Optional<Lang> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String c = code.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(l -> l.code.equals(c)).findFirst();
    }
}
