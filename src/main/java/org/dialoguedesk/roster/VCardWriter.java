package org.dialoguedesk.roster;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import static org.dialoguedesk.common.ContentLines.escape;
import static org.dialoguedesk.common.ContentLines.line;

import org.dialoguedesk.common.AtomicFiles;
import org.dialoguedesk.common.Lang;

/**
 * Contacts as vCard 4.0 (RFC 6350), the format address books and phones import. Written by hand
 * because it is small: UTF-8, CRLF line ends, text values escaped (backslash, comma, semicolon,
 * newline) and lines folded at 75 octets without splitting a multi-byte character.
 */
public final class VCardWriter {

    /** One contact and the display name of its organisation ("" when none). */
    public record Card(Contact contact, String organisation) {
    }

    public void write(List<Card> cards, Path file) throws IOException {
        AtomicFiles.write(file, out -> write(cards, out));
    }

    public void write(List<Card> cards, OutputStream out) throws IOException {
        StringBuilder text = new StringBuilder();
        for (Card card : cards) {
            text.append(card(card));
        }
        out.write(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** One vCard, folded and with CRLF line ends. */
    public String card(Card card) {
        Contact.ContactDetails d = card.contact().details();
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCARD");
        line(out, "VERSION:4.0");
        line(out, "UID:urn:uuid:" + card.contact().id());
        if (d.nameAr().isEmpty()) {
            line(out, "FN:" + escape(d.name()));
        } else {
            // the same name in two scripts: ALTID says they are alternatives of one property
            line(out, "FN;ALTID=1;LANGUAGE=en:" + escape(d.name()));
            line(out, "FN;ALTID=1;LANGUAGE=ar:" + escape(d.nameAr()));
        }
        line(out, "N:" + structuredName(d.name(), d.title()));
        if (!card.organisation().isEmpty()) {
            line(out, "ORG:" + escape(card.organisation()));
        }
        if (!d.position().isEmpty()) {
            line(out, "TITLE:" + escape(d.position()));
        }
        for (int i = 0; i < d.emails().size(); i++) {
            line(out, "EMAIL;TYPE=work" + (i == 0 ? ";PREF=1" : "") + ":" + escape(d.emails().get(i)));
        }
        for (int i = 0; i < d.phones().size(); i++) {
            line(out, "TEL;TYPE=work" + (i == 0 ? ";PREF=1" : "") + ":" + escape(d.phones().get(i)));
        }
        for (Lang lang : Lang.values()) {
            if (d.languages().contains(lang)) {
                line(out, "LANG:" + lang.code());
            }
        }
        if (!d.notes().isEmpty()) {
            line(out, "NOTE:" + escape(d.notes()));
        }
        line(out, "END:VCARD");
        return out.toString();
    }

    /**
     * Family;Given;Additional;Prefix;Suffix. Spreadsheets hold one name field, so the last word is
     * taken as the family name: right for most names on the roster, and the FN line keeps the name
     * exactly as written for every address book that shows it.
     */
    static String structuredName(String name, String title) {
        String n = name.strip();
        int space = n.lastIndexOf(' ');
        String family = space < 0 ? n : n.substring(space + 1);
        String given = space < 0 ? "" : n.substring(0, space);
        return escape(family) + ";" + escape(given) + ";;" + escape(title) + ";";
    }
}
