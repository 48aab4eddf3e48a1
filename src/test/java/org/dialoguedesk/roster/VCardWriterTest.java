package org.dialoguedesk.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.dialoguedesk.common.Lang;
import org.dialoguedesk.common.RecordMeta;
import org.dialoguedesk.roster.Contact.ContactDetails;
import org.junit.jupiter.api.Test;

class VCardWriterTest {

    private static Contact contact(String name, String nameAr, String position, String notes) {
        return new Contact(RecordMeta.create("test", Clock.systemUTC()), new ContactDetails(name, nameAr, "Dr",
                position, null, "MAR", List.of("k.lahlou@example.gov", "karim@example.org"),
                List.of("+212 537 000 101"), Set.of(Lang.AR, Lang.FR), notes, null));
    }

    private static String write(Contact contact, String organisation) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new VCardWriter().write(List.of(new VCardWriter.Card(contact, organisation)), out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void cardHasTheRfc6350PropertiesWithCrlfLineEnds() throws IOException {
        String card = write(contact("Karim Lahlou", "كريم لحلو", "Head of Division", "Met in Rabat"),
                "Ministry of Interior");

        List<String> lines = List.of(card.split("\r\n"));
        assertEquals("BEGIN:VCARD", lines.get(0));
        assertEquals("VERSION:4.0", lines.get(1));
        assertEquals("END:VCARD", lines.get(lines.size() - 1));
        assertTrue(lines.contains("FN;ALTID=1;LANGUAGE=en:Karim Lahlou"), card);
        assertTrue(lines.contains("FN;ALTID=1;LANGUAGE=ar:كريم لحلو"), card);
        assertTrue(lines.contains("N:Lahlou;Karim;;Dr;"), card);
        assertTrue(lines.contains("ORG:Ministry of Interior"), card);
        assertTrue(lines.contains("TITLE:Head of Division"), card);
        assertTrue(lines.contains("EMAIL;TYPE=work;PREF=1:k.lahlou@example.gov"), card);
        assertTrue(lines.contains("EMAIL;TYPE=work:karim@example.org"), card);
        assertTrue(lines.contains("TEL;TYPE=work;PREF=1:+212 537 000 101"), card);
        assertTrue(lines.contains("LANG:fr") && lines.contains("LANG:ar"), card);
        assertTrue(lines.contains("NOTE:Met in Rabat"), card);
        assertEquals(0, card.replace("\r\n", "").indexOf('\n') + 1, "no bare LF");
    }

    @Test
    void textValuesEscapeCommaSemicolonBackslashAndNewline() throws IOException {
        String card = write(contact("Sonia Mejri", "", "Deputy Director, Cooperation; Planning",
                "line one\nline two \\ end"), "");

        assertTrue(card.contains("TITLE:Deputy Director\\, Cooperation\\; Planning\r\n"), card);
        assertTrue(card.contains("NOTE:line one\\nline two \\\\ end\r\n"), card);
        assertTrue(!card.contains("ORG:"), "no organisation, no ORG line");
    }

    @Test
    void longLinesAreFoldedAt75OctetsWithoutSplittingCharacters() throws IOException {
        String longArabic = "ملاحظة طويلة جدا ".repeat(20);
        String card = write(contact("Amina Yusuf Hassan", "", "", longArabic), "");

        for (String physical : card.split("\r\n")) {
            assertTrue(physical.getBytes(StandardCharsets.UTF_8).length <= 75, physical);
        }
        String unfolded = card.replace("\r\n ", "");
        assertTrue(unfolded.contains("NOTE:" + longArabic.strip()), "unfolding gives the note back");
    }
}
