package org.dialoguedesk.store;

import java.time.LocalDate;
import java.util.UUID;

/** Conversions between SQLite's text columns and Java values; absent values are NULL. */
final class Dates {

    private Dates() {
    }

    static String text(LocalDate d) {
        return d == null ? null : d.toString();
    }

    static LocalDate date(String s) {
        return s == null ? null : LocalDate.parse(s);
    }

    static String text(UUID id) {
        return id == null ? null : id.toString();
    }

    static UUID uuid(String s) {
        return s == null ? null : UUID.fromString(s);
    }

    static String nullIfEmpty(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
