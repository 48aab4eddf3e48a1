package org.dialoguedesk.questionnaire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.dialoguedesk.common.Lang;
import org.dialoguedesk.common.Localized;
import org.junit.jupiter.api.Test;

class PrintableQuestionnaireTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    @Test
    void recipientCopyTakesEverythingFromTheFormSpecAndIsNamedLikeItsWorkbook() {
        TemplateDraft draft = TemplateSamples.draft("imap");
        FormSpec form = new FormSpec(UUID.randomUUID(), "MTM country profiles 2025", "MTM Dialogue",
                LocalDate.of(2025, 3, 31), "MAR", "المغرب", "كريم لحلو", UUID.randomUUID(), 3, Lang.AR, NOW,
                draft.sections());
        PrintableQuestionnaire p = PrintableQuestionnaire.of(form);
        assertTrue(p.isForRecipient());
        assertEquals(Lang.AR, p.lang());
        assertEquals("MTM country profiles 2025", p.roundTitle());
        assertEquals("MAR", p.countryCode());
        assertEquals("كريم لحلو", p.focalPointName());
        assertEquals(Optional.of(LocalDate.of(2025, 3, 31)), p.deadline());
        assertEquals(3, p.versionNumber());
        assertEquals(draft.sections(), p.sections());
        assertEquals(form.fileName().replace(".xlsx", ".docx"), p.fileName());
        assertEquals("mtm-country-profiles-2025-MAR-ar.docx", p.fileName());
    }

    @Test
    void blankCopyHasTheTemplateTitleInItsLanguageAndNoRecipient() {
        TemplateDraft draft = TemplateSamples.draft("imap_irregular");
        Template template = new Template(null, draft.key(), new Localized("Questionnaire", "Questionnaire FR",
                "استبيان"), null);
        TemplateVersion version = new TemplateVersion(null, UUID.randomUUID(), 2, VersionStatus.FROZEN,
                LocalDate.of(2025, 1, 10), LocalDate.of(2025, 1, 10), draft.sections());
        PrintableQuestionnaire p = PrintableQuestionnaire.blank(template, version, Lang.FR, NOW);
        assertFalse(p.isForRecipient());
        assertEquals("Questionnaire FR", p.templateTitle());
        assertEquals("", p.countryName());
        assertEquals(Optional.empty(), p.deadline());
        assertEquals("imap-irregular-v2-fr.docx", p.fileName());
        assertEquals("استبيان", PrintableQuestionnaire.blank(template, version, Lang.AR, NOW).templateTitle());
    }
}
