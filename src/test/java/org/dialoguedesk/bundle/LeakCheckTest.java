package org.dialoguedesk.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
    void aTextSharingOnlyTheFirstEightWordsOfARestrictedLineIsNotAFinding() {
        section("MAR", "detection", true, SECRET);
        assertEquals(List.of(), check("The patrol boats leave the northern harbour at dawn, the ministry said."));
        assertEquals(1, check("THE PATROL BOATS LEAVE THE NORTHERN HARBOUR AT FOUR EVERY SECOND NIGHT, it said.").size());
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
