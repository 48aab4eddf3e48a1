package org.dialoguedesk.profile;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.dialoguedesk.common.Problem;
import org.dialoguedesk.common.markdown.MarkdownLink;

/** What an indicator figure must be: a code and label, a year 1900–2100, a number, a real web address. */
public final class IndicatorRules {

    private IndicatorRules() {
    }

    /** The problems of a figure, each keyed by its field: code, label, year, value, sourceUrl. */
    public static List<Problem> check(Indicator i) {
        List<Problem> problems = new ArrayList<>();
        if (i.code().isEmpty()) {
            problems.add(Problem.of("code", "profile.indicator.problem.codeRequired"));
        }
        if (i.label().en().isBlank()) {
            problems.add(Problem.of("label", "profile.indicator.problem.labelRequired"));
        }
        if (i.year() < 1900 || i.year() > 2100) {
            problems.add(Problem.of("year", "profile.indicator.problem.year", String.valueOf(i.year())));
        }
        if (!isNumber(i.value())) {
            problems.add(Problem.of("value", "profile.indicator.problem.value", i.value()));
        }
        if (!i.sourceUrl().isEmpty() && !isWebAddress(i.sourceUrl())) {
            problems.add(Problem.of("sourceUrl", "profile.indicator.problem.url", i.sourceUrl()));
        }
        return problems;
    }

    static boolean isNumber(String value) {
        try {
            new BigDecimal(value);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** An absolute http(s) address with a host: what a reader's browser can open (one rule, in common). */
    static boolean isWebAddress(String url) {
        return MarkdownLink.isPageAddress(url);
    }
}
