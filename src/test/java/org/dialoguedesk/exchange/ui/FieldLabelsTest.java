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
    }

    @Test
    void aFieldInThreeLanguagesGoesByItsNameAndTheLanguage() {
        assertEquals("Title (Arabic)", FieldLabels.of(RecordKind.MEETING, "title_ar", new I18n(Lang.EN)));
        I18n ar = new I18n(Lang.AR);
        assertEquals("Venue (" + ar.name(Lang.FR) + ")", FieldLabels.of(RecordKind.MEETING, "venue_fr", ar));
    }

    @Test
    void anyOtherFieldIsSpelledOutFromItsColumn() {
        I18n en = new I18n(Lang.EN);
        assertEquals("Start date", FieldLabels.of(RecordKind.MEETING, "start_date", en));
        assertEquals("Focal point", FieldLabels.of(RecordKind.QUESTIONNAIRE_ROUND, "focal_point_id", en));
        assertEquals("Name", FieldLabels.of(RecordKind.ORGANISATION, "name", en));
        assertEquals("_", FieldLabels.spelledOut("_"));
    }
}
