package org.dialoguedesk.bundle;

import java.util.Locale;
import java.util.Optional;

/**
 * How an import was applied, as the import log keeps it: from the window or the command line, and how
 * many conflicts were resolved and how. Kept as a short code ({@code window}, {@code command;3;keep-local})
 * so that each officer reads the log in their own language.
 */
public record ImportLogOutcome(Where where, int resolved, Resolution how) {

    /** Where the officer applied the import. */
    public enum Where {
        WINDOW, COMMAND
    }

    /** How the conflicts were resolved. */
    public enum Resolution {
        FIELD_BY_FIELD, KEEP_LOCAL, TAKE_INCOMING
    }

    public ImportLogOutcome {
        if (resolved < 0) {
            throw new IllegalArgumentException("resolved conflicts cannot be negative: " + resolved);
        }
    }

    /** The code the log keeps. */
    public String code() {
        String place = tag(where);
        return resolved == 0 ? place : place + ";" + resolved + ";" + tag(how);
    }

    /** The outcome a code says; empty for text the log kept before codes (written in English). */
    public static Optional<ImportLogOutcome> parse(String code) {
        String[] parts = code.split(";", -1);
        try {
            Where where = Where.valueOf(untag(parts[0]));
            if (parts.length == 1) {
                return Optional.of(new ImportLogOutcome(where, 0, Resolution.FIELD_BY_FIELD));
            }
            if (parts.length == 3) {
                return Optional.of(new ImportLogOutcome(where, Integer.parseInt(parts[1]), Resolution.valueOf(untag(parts[2]))));
            }
        } catch (IllegalArgumentException e) {
            // not a code: an older entry's text
        }
        return Optional.empty();
    }

    private static String tag(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static String untag(String text) {
        return text.toUpperCase(Locale.ROOT).replace('-', '_');
    }
}
