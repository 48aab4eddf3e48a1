package org.dialoguedesk.meeting.ui;

import java.text.NumberFormat;
import javafx.util.StringConverter;
import org.dialoguedesk.common.Lang;

/**
 * Writes counts in the digits of the window's language (Arabic-Indic in Arabic), in one place for the
 * tables, the summary and the charts' axes: a JavaFX axis formats its ticks with the JVM's default locale,
 * so left alone an Arabic window would show ٨٠ in a table and 80 on the chart beside it.
 */
public final class CountFormat {

    private final NumberFormat numbers;

    public CountFormat(Lang lang) {
        this.numbers = NumberFormat.getIntegerInstance(lang.locale());
    }

    public String format(long count) {
        return numbers.format(count);
    }

    /** For an axis's tick labels: whole numbers only (a tick at 2.5 participants has no label). */
    public StringConverter<Number> axis() {
        return new StringConverter<>() {
            @Override
            public String toString(Number n) {
                if (n == null || n.doubleValue() != Math.rint(n.doubleValue())) {
                    return "";
                }
                return format(n.longValue());
            }

            @Override
            public Number fromString(String text) {
                throw new UnsupportedOperationException("axis labels are only written");
            }
        };
    }
}
