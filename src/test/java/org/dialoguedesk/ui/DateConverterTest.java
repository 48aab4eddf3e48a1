package org.dialoguedesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.dialoguedesk.common.Lang;
import org.junit.jupiter.api.Test;

class DateConverterTest {

    @Test
    void pickersShowDayMonthYearInEveryLanguage() {
        for (Lang lang : Lang.values()) {
            assertEquals("30/06/2008", new I18n(lang).dateConverter().toString(LocalDate.of(2008, 6, 30)), lang.code());
        }
    }

    @Test
    void typedDatesAreReadDayFirstOrIso() {
        var converter = new I18n(Lang.EN).dateConverter();
        assertEquals(LocalDate.of(2008, 6, 30), converter.fromString("30/06/2008"));
        assertEquals(LocalDate.of(2008, 6, 3), converter.fromString("3/6/2008"));
        assertEquals(LocalDate.of(2008, 6, 30), converter.fromString(" 2008-06-30 "));
        assertNull(converter.fromString("  "));
        assertThrows(DateTimeParseException.class, () -> converter.fromString("6/30/2008"));
    }
}
