package org.dialoguedesk.questionnaire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.dialoguedesk.common.Lang;
import org.junit.jupiter.api.Test;

class FormFingerprintTest {

    private static final UUID ROUND = UUID.fromString("00000000-0000-0000-0000-000000000001");
    private static final UUID VERSION = UUID.fromString("00000000-0000-0000-0000-000000000002");
    private static final List<AnswerCell> CELLS = List.of(new AnswerCell("q_a", "1 Background", "C4"),
            new AnswerCell("q_a#note", "1 Background", "D4"), new AnswerCell("q_t:land:y2024", "2 Detection", "C6"));

    @Test
    void isAStableSha256HexThatTheVerifierAccepts() {
        String f = FormFingerprint.of(ROUND, "MAR", VERSION, CELLS);
        assertTrue(f.matches("[0-9a-f]{64}"), f);
        assertEquals(f, FormFingerprint.of(ROUND, "MAR", VERSION, List.copyOf(CELLS)));
        assertTrue(FormFingerprint.verify(f, ROUND, "MAR", VERSION, CELLS));
        assertTrue(FormFingerprint.verify(" " + f.toUpperCase() + " ", ROUND, "MAR", VERSION, CELLS));
    }

    @Test
    void anotherRoundCountryVersionOrEditedStructureNoLongerMatches() {
        String f = FormFingerprint.of(ROUND, "MAR", VERSION, CELLS);
        assertFalse(FormFingerprint.verify(f, VERSION, "MAR", VERSION, CELLS));
        assertFalse(FormFingerprint.verify(f, ROUND, "SEN", VERSION, CELLS));
        assertFalse(FormFingerprint.verify(f, ROUND, "MAR", ROUND, CELLS));
        assertFalse(FormFingerprint.verify(f, ROUND, "MAR", VERSION, List.of(CELLS.get(1), CELLS.get(0),
                CELLS.get(2))), "reordered");
        assertFalse(FormFingerprint.verify(f, ROUND, "MAR", VERSION, List.of(CELLS.get(0), CELLS.get(1),
                new AnswerCell("q_t:land:y2024", "2 Detection", "C7"))), "moved cell");
        assertFalse(FormFingerprint.verify(f, ROUND, "MAR", VERSION, CELLS.subList(0, 2)), "removed cell");
        assertFalse(FormFingerprint.verify(null, ROUND, "MAR", VERSION, CELLS));
        assertFalse(FormFingerprint.verify("", ROUND, "MAR", VERSION, CELLS));
        assertNotEquals(f, FormFingerprint.of(ROUND, "MAR", VERSION, List.of()));
    }

    @Test
    void formLanguageIsTheFocalPointsFirstListedLanguageAndDefaultsToEnglish() {
        assertEquals(Lang.EN, QuestionnaireFormService.formLanguage(Set.of()));
        assertEquals(Lang.FR, QuestionnaireFormService.formLanguage(Set.of(Lang.FR)));
        assertEquals(Lang.FR, QuestionnaireFormService.formLanguage(new java.util.LinkedHashSet<>(
                java.util.List.of(Lang.FR, Lang.AR))));
        assertEquals(Lang.AR, QuestionnaireFormService.formLanguage(new java.util.LinkedHashSet<>(
                java.util.List.of(Lang.AR, Lang.FR, Lang.EN))));
        assertEquals(Lang.EN, QuestionnaireFormService.formLanguage(new java.util.LinkedHashSet<>(
                java.util.List.of(Lang.EN, Lang.AR))));
    }

    @Test
    void fileNamesUseASlugOfTheRoundTitle() {
        assertEquals("mtm-country-profiles-2025", FormSpec.slug("MTM country profiles 2025"));
        assertEquals("enquete-annuelle-2026", FormSpec.slug("  Enquête annuelle — 2026! "));
        assertEquals("round", FormSpec.slug("استبيان"));
    }
}
