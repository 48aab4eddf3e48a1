package org.dialoguedesk.profile;

import java.util.List;
import org.dialoguedesk.common.Lang;

/** A section's indicators as a GFM Markdown table, labels in one language: how a version keeps them. */
public final class IndicatorTable {

    private IndicatorTable() {
    }

    public static String markdown(List<Indicator> indicators, Lang lang) {
        if (indicators.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder("| indicator | year | value | unit | source | note |\n"
                + "|---|---|---|---|---|---|\n");
        for (Indicator i : indicators) {
            b.append("| ").append(cell(i.label().in(lang))).append(" | ").append(i.year()).append(" | ")
                    .append(cell(i.value())).append(" | ").append(cell(i.unit())).append(" | ")
                    .append(i.sourceUrl().isEmpty() ? cell(i.source())
                            : "[" + cell(i.source().isEmpty() ? i.sourceUrl() : i.source()) + "](" + i.sourceUrl() + ")")
                    .append(" | ").append(cell(i.note())).append(" |\n");
        }
        return b.toString();
    }

    /** A cell's text without the characters that would break the table. */
    private static String cell(String s) {
        return s.replace("|", "\\|").replace("\n", " ");
    }
}
