package org.dialoguedesk.exchange.ui;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.dialoguedesk.bundle.RecordKind;
import org.dialoguedesk.common.Lang;
import org.dialoguedesk.roster.ContactColumn;
import org.dialoguedesk.ui.I18n;

/**
 * A record field's name as a conflict card shows it, in the officer's language. A contact's fields go by the
 * names the contact list gives its columns. Any other field goes by its key {@code field.<name>}, a child
 * table's rows by {@code field.<table>} ({@code field.meeting_session}: "Sessions"); a field in three
 * languages ({@code title_ar}) by its base name's key and the language. A field the bundles do not name (a
 * bundle from a newer desk may carry fields this one does not know) is spelled out from its column name
 * ({@code start_date} becomes "Start date"), so no field is ever unnamed.
 */
final class FieldLabels {

    /** Contact fields whose column in the contact list has another name. */
    private static final Map<String, ContactColumn> CONTACT = Map.of(
            "organisation_id", ContactColumn.ORGANISATION,
            "country_code", ContactColumn.COUNTRY,
            "contact_email", ContactColumn.EMAILS,
            "contact_role", ContactColumn.ROLE);

    /** The keys naming fields: {@code field.start_date}; the localization test knows them by this prefix. */
    static final String KEY_PREFIX = "field.";

    private FieldLabels() {
    }

    static String of(RecordKind kind, String field, I18n i18n) {
        if (kind == RecordKind.CONTACT) {
            Optional<ContactColumn> column = Optional.ofNullable(CONTACT.get(field)).or(() -> Arrays.stream(
                    ContactColumn.values()).filter(c -> c.header().equals(field)).findFirst());
            if (column.isPresent()) {
                return i18n.name(column.get());
            }
        }
        for (Lang lang : Lang.values()) {
            String suffix = "_" + lang.name().toLowerCase(Locale.ROOT);
            if (field.endsWith(suffix) && field.length() > suffix.length()) {
                return i18n.get("exchange.ui.conflict.fieldInLanguage",
                        named(field.substring(0, field.length() - suffix.length()), i18n), i18n.name(lang));
            }
        }
        return named(field, i18n);
    }

    private static String named(String field, I18n i18n) {
        return i18n.find(KEY_PREFIX + field).orElseGet(() -> spelledOut(field));
    }

    /** {@code start_date} → "Start date"; {@code focal_point_id} → "Focal point". */
    static String spelledOut(String column) {
        String words = column.endsWith("_id") ? column.substring(0, column.length() - 3) : column;
        words = words.replace('_', ' ').strip();
        return words.isEmpty() ? column : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
