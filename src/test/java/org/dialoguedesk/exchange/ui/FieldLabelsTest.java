package org.dialoguedesk.exchange.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.dialoguedesk.bundle.RecordKind;
import org.dialoguedesk.common.Lang;
import org.dialoguedesk.ui.I18n;
import org.junit.jupiter.api.Test;

class FieldLabelsTest {

    @Test
    void aContactsFieldsGoByTheContactListsNamesInTheOfficersLanguage() {
        I18n fr = new I18n(Lang.FR);
        assertEquals(fr.get("enum.ContactColumn.NAME_AR"), FieldLabels.of(RecordKind.CONTACT, "name_ar", fr));
        assertEquals(fr.get("enum.ContactColumn.EMAILS"), FieldLabels.of(RecordKind.CONTACT, "contact_email", fr));
        assertEquals(fr.get("enum.ContactColumn.ORGANISATION"), FieldLabels.of(RecordKind.CONTACT, "organisation_id", fr));
        assertEquals(fr.get("enum.ContactColumn.TITLE"), FieldLabels.of(RecordKind.CONTACT, "title", fr));
    }

    @Test
    void otherFieldsGoByTheBundlesNamesInTheOfficersLanguage() {
        I18n en = new I18n(Lang.EN);
        I18n fr = new I18n(Lang.FR);
        I18n ar = new I18n(Lang.AR);
        assertEquals("Start date", FieldLabels.of(RecordKind.MEETING, "start_date", en));
        assertEquals("Date de début", FieldLabels.of(RecordKind.MEETING, "start_date", fr));
        assertEquals("تاريخ البدء", FieldLabels.of(RecordKind.MEETING, "start_date", ar));
        assertEquals(ar.get("field.focal_point_id"), FieldLabels.of(RecordKind.QUESTIONNAIRE_ROUND, "focal_point_id", ar));
        assertEquals("Titre", FieldLabels.of(RecordKind.MEETING, "title", fr));
    }

    @Test
    void aChildTablesRowsGoByThePluralNameOfTheTable() {
        assertEquals("Sessions", FieldLabels.of(RecordKind.MEETING, "meeting_session", new I18n(Lang.EN)));
        assertEquals("Séances", FieldLabels.of(RecordKind.MEETING, "meeting_session", new I18n(Lang.FR)));
        I18n ar = new I18n(Lang.AR);
        assertEquals(ar.get("field.questionnaire_answer"), FieldLabels.of(RecordKind.QUESTIONNAIRE_ROUND,
                "questionnaire_answer", ar));
    }

    @Test
    void aFieldInThreeLanguagesGoesByItsNameAndTheLanguage() {
        assertEquals("Title (Arabic)", FieldLabels.of(RecordKind.MEETING, "title_ar", new I18n(Lang.EN)));
        I18n ar = new I18n(Lang.AR);
        assertEquals("العنوان بالعربية", FieldLabels.of(RecordKind.MEETING, "title_ar", ar));
        assertEquals(ar.get("field.venue") + " ب" + ar.name(Lang.FR), FieldLabels.of(RecordKind.MEETING, "venue_fr", ar));
        I18n fr = new I18n(Lang.FR);
        assertEquals("Titre (" + fr.name(Lang.EN) + ")", FieldLabels.of(RecordKind.PROFILE, "title_en", fr));
    }

    @Test
    void aFieldTheBundlesDoNotNameIsSpelledOutFromItsColumn() {
        I18n ar = new I18n(Lang.AR);
        assertEquals("Seating plan", FieldLabels.of(RecordKind.MEETING, "seating_plan", ar));
        assertEquals("Press officer", FieldLabels.of(RecordKind.MEETING, "press_officer_id", new I18n(Lang.FR)));
        assertEquals("Motto ب" + ar.name(Lang.FR), FieldLabels.of(RecordKind.DIALOGUE, "motto_fr", ar));
        assertEquals("_", FieldLabels.spelledOut("_"));
    }
}
