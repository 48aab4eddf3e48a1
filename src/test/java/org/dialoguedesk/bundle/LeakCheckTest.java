package org.dialoguedesk.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.dialoguedesk.bundle.LeakFinding.Kind;
import org.dialoguedesk.bundle.WatchList.Item;
import org.dialoguedesk.bundle.WatchList.Origin;
import org.junit.jupiter.api.Test;

/**
 * The rule for protected lines, on watch lists made by hand: a line's origin is its section, and only
 * wording written in two documents, in three sections of one document or among the roster's names is
 * common.
 */
class LeakCheckTest {

    private static final String SECRET = "The patrol boats leave the northern harbour at four every second night.";
    private static final String PUBLIC_TEXT = "Context of the year.\n\n" + SECRET + "\n";

    private final List<Item> passages = new ArrayList<>();
    private final List<Item> context = new ArrayList<>();

    /** Writes a text in a section: a passage when the section is restricted, context always. */
    private void section(String profile, String code, boolean restricted, String text) {
        Item item = new Item(Kind.RESTRICTED_SECTION, profile + " / " + code + " (en)", new Origin(profile, code), text);
        context.add(item);
        if (restricted) {
            passages.add(item);
        }
    }

    private List<LeakFinding> check(String text) {
        WatchList watch = new WatchList(passages, context, List.of(), List.of(), List.of(), List.of(), List.of());
        return new LeakCheck(watch).check(List.of(PayloadText.value("resources/profiles.json $[0].markdown", text)))
                .findings();
    }

    @Test
    void aRestrictedLineCopiedIntoOnePublicSectionOfTheSameProfileIsFound() {
        section("MAR", "detection", true, "Figures of the year.\n\n" + SECRET);
        section("MAR", "background", false, PUBLIC_TEXT);
        List<LeakFinding> findings = check(PUBLIC_TEXT);
        assertEquals(1, findings.size(), findings.toString());
        assertEquals("MAR / detection (en)", findings.get(0).source());
        assertEquals(Kind.RESTRICTED_SECTION, findings.get(0).what());
    }

    @Test
    void aRestrictedLineInItsOtherLanguagesAndVersionsStillHasOneOrigin() {
        section("MAR", "detection", true, SECRET);
        section("MAR", "detection", true, SECRET + "\n\nAn older version.");
        section("MAR", "background", false, PUBLIC_TEXT);
        assertEquals(1, check(PUBLIC_TEXT).size());
    }

    @Test
    void aLineRepeatedInThreeSectionsOfOneProfileIsItsBoilerplate() {
        section("MAR", "detection", true, SECRET);
        section("MAR", "return", true, SECRET);
        section("MAR", "background", false, PUBLIC_TEXT);
        assertEquals(List.of(), check(PUBLIC_TEXT));
    }

    @Test
    void aLineWrittenInTwoProfilesIsCommonWording() {
        section("MAR", "detection", true, SECRET);
        section("TUN", "background", false, SECRET);
        assertEquals(List.of(), check(PUBLIC_TEXT));
    }

    @Test
    void aLineThatIsARosterNameIsCommonWording() {
        section("MAR", "detection", true, SECRET);
        context.add(new Item(Kind.RESTRICTED_SECTION, "", WatchList.COMMON, SECRET));
        assertEquals(List.of(), check(PUBLIC_TEXT));
    }

    @Test
    void aTextSharingEightConsecutiveWordsOfARestrictedLineQuotesIt() {
        section("MAR", "detection", true, SECRET);
        List<LeakFinding> findings = check("The patrol boats leave the northern harbour at dawn, the ministry said.");
        assertEquals(1, findings.size(), findings.toString());
        assertEquals("The patrol boats leave the northern harbour at dawn, the ministry said…", findings.get(0).excerpt());
        assertEquals(1, check("THE PATROL BOATS LEAVE THE NORTHERN HARBOUR AT FOUR EVERY SECOND NIGHT, it said.").size());
        assertEquals(List.of(), check("Patrol boats leave the northern harbour at dawn, the ministry said."),
                "seven words in a row");
    }

    @Test
    void aPartOfTheMiddleOfALongerRestrictedSentenceIsAQuotation() {
        section("MAR", "detection", true, "According to the coast guard, " + SECRET.toLowerCase(java.util.Locale.ROOT)
                + " Nothing else changed.");
        List<LeakFinding> findings = check("Reporters learnt that boats leave the northern harbour at four every "
                + "second week, near the old port.");
        assertEquals(1, findings.size(), findings.toString());
        LeakFinding f = findings.get(0);
        assertEquals(Kind.RESTRICTED_SECTION, f.what());
        assertEquals("MAR / detection (en)", f.source());
        assertEquals("resources/profiles.json $[0].markdown", f.where());
        assertTrue(f.excerpt().contains("boats leave the northern harbour at four every second"), f.excerpt());
    }

    @Test
    void aRestrictedSentenceWithItsFirstAndLastWordsChangedIsStillAQuotation() {
        section("MAR", "detection", true, SECRET);
        List<LeakFinding> findings = check("Two patrol boats leave the northern harbour at four every second day.");
        assertEquals(1, findings.size(), findings.toString());
        assertTrue(findings.get(0).excerpt().contains("patrol boats leave the northern harbour at four every second"),
                findings.get(0).excerpt());
    }

    @Test
    void aShortCommonPhraseSharedWithARestrictedTextIsNotAQuotation() {
        section("MAR", "detection", true, "In line with the national strategy, " + SECRET);
        assertEquals(List.of(), check("In line with the national strategy, the ministry opened two new offices."));
    }

    @Test
    void aRunOfWordsCommonToTwoProfilesInsideALongerRestrictedSentenceIsNotAQuotation() {
        String mandate = "the agency protects and assists refugees and asylum seekers in the country";
        section("MAR", "detection", true, "Under its mandate " + mandate + ", the patrol boats leave at four.");
        section("TUN", "background", false, "Under the law of 2015, " + mandate + ".");
        assertEquals(List.of(), check("As everywhere, " + mandate + " and its partners."));
        assertEquals(1, check("Under its mandate " + mandate + ", the patrol boats leave early.").size(),
                "the words around the common run are still the restricted section's");
    }

    @Test
    void aRunOfWordsRepeatedInThreeRestrictedSectionsOfOneProfileIsItsBoilerplate() {
        String note = "the figures below were reported by the national authorities and not checked";
        section("MAR", "detection", true, "As always, " + note + ". " + SECRET);
        section("MAR", "return", true, "Note: " + note + ".");
        assertEquals(1, check("It is said: " + note + "; so be it.").size(), "two sections are not boilerplate");
        section("MAR", "smuggling", true, "Please note that " + note + " either.");
        assertEquals(List.of(), check("It is said: " + note + "; so be it."));
    }

    @Test
    void aRunThatAPublicSectionOfTheProfileAlsoWritesIsPublishedWordingButAWholeLineIsNot() {
        String law = "Law No. 27-14 on combating trafficking in human beings";
        section("MAR", "smuggling", true, law + ", adopted in 2016, introduced a definition of trafficking.");
        section("MAR", "background", false, "| " + law + " | 2016 | Definition of trafficking |");
        assertEquals(List.of(), check("The desk follows " + law + " closely."));
        assertEquals(1, check("As noted: " + law + ", adopted in 2016, introduced a definition of trafficking.")
                .size(), "the whole restricted sentence is still a quotation");
    }

    @Test
    void aPartOfAChathamHouseNoteIsAQuotation() {
        passages.add(new Item(Kind.CHATHAM_HOUSE_NOTE, "Rabat meeting", new Origin("Rabat meeting", "notes"),
                "One delegation considered that the readmission clauses should be reopened before spring, "
                        + "whatever the others said."));
        List<LeakFinding> findings = check("A delegation was said to have considered that the readmission clauses "
                + "should be reopened soon.");
        assertEquals(1, findings.size(), findings.toString());
        assertEquals(Kind.CHATHAM_HOUSE_NOTE, findings.get(0).what());
        assertEquals("Rabat meeting", findings.get(0).source());
        assertTrue(findings.get(0).excerpt().contains("considered that the readmission clauses should be reopened"),
                findings.get(0).excerpt());
    }

    @Test
    void aChathamHouseNoteQuotedInAPublicSectionIsNotCommonWording() {
        String quote = "It was said that one delegation considered that the readmission clauses should be "
                + "reopened, and soon.";
        passages.add(new Item(Kind.CHATHAM_HOUSE_NOTE, "Rabat meeting", new Origin("Rabat meeting", "notes"),
                "One delegation considered that the readmission clauses should be reopened before spring."));
        section("MAR", "background", false, quote);
        List<LeakFinding> findings = check(quote);
        assertEquals(List.of(Kind.CHATHAM_HOUSE_NOTE), findings.stream().map(LeakFinding::what).toList());
    }

    @Test
    void aQuotationIsReportedOncePerProtectedTextWithAllItsWords() {
        section("MAR", "detection", true, SECRET);
        List<LeakFinding> findings = check("Quoted: " + SECRET + " And again: " + SECRET);
        assertEquals(1, findings.size(), findings.toString());
        assertEquals("Quoted: " + SECRET + " And again: The patrol…", findings.get(0).excerpt());
    }

    @Test
    void oneSentenceOfARestrictedParagraphIsFoundAlone() {
        section("MAR", "detection", true, "Figures of the year were checked twice. " + SECRET + " Nothing else changed.");
        assertEquals(1, check("They wrote: " + SECRET).size());
        assertEquals(List.of(), check("Figures of the year were checked twice."), "a sentence of fewer than eight words");
    }

    @Test
    void aShortLineIsNotLookedFor() {
        section("MAR", "detection", true, "Boats leave at four.");
        assertEquals(List.of(), check("Boats leave at four."));
    }
}
