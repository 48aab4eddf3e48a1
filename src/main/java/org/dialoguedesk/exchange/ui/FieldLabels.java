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
 * A record field's name as a conflict card shows it. A contact's fields go by the names the contact list
 * gives its columns, in the officer's language. A field in three languages ({@code title_en}) goes by its
 * base name and the language. Any other field is spelled out from its column name ({@code start_date}
 * becomes "Start date"), so no field is ever unnamed.
 */
final class FieldLabels {

    /** Contact fields whose column in the contact list has another name. */
    private static final Map<String, ContactColumn> CONTACT = Map.of(
            "organisation_id", ContactColumn.ORGANISATION,
            "country_code", ContactColumn.COUNTRY,
            "contact_email", ContactColumn.EMAILS,
            "contact_role", ContactColumn.ROLE);

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
                        spelledOut(field.substring(0, field.length() - suffix.length())), i18n.name(lang));
            }
        }
        return spelledOut(field);
    }

    /** {@code start_date} → "Start date"; {@code focal_point_id} → "Focal point". */
    static String spelledOut(String column) {
        String words = column.endsWith("_id") ? column.substring(0, column.length() - 3) : column;
        words = words.replace('_', ' ').strip();
        return words.isEmpty() ? column : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
