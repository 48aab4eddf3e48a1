package org.dialoguedesk.profile;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Answer text inserted into a section's Markdown sits between two HTML comments that name the
 * question and where the text came from:
 * <pre>
 * &lt;!-- answer q_bg_01 · MAR · MTM country profiles 2025 · accepted 2025-03-28 --&gt;
 * ...
 * &lt;!-- /answer q_bg_01 --&gt;
 * </pre>
 * A later update replaces only what is between the two comments of the same question; everything
 * outside any block is the drafters' own and never touched.
 */
public final class AnswerBlocks {

    private AnswerBlocks() {
    }

    public static String block(String questionCode, String provenance, String text) {
        return "<!-- answer " + questionCode + " \u00b7 " + provenance + " -->\n" + text.strip() + "\n<!-- /answer "
                + questionCode + " -->";
    }

    /** The markdown with the block of that question replaced, or appended after a blank line when absent. */
    public static String put(String markdown, String questionCode, String block) {
        Matcher m = pattern(questionCode).matcher(markdown);
        if (m.find()) {
            return markdown.substring(0, m.start()) + block + markdown.substring(m.end());
        }
        String base = markdown.stripTrailing();
        return base.isEmpty() ? block + "\n" : base + "\n\n" + block + "\n";
    }

    /** The block of that question as it stands in the markdown, or "" when there is none. */
    public static String find(String markdown, String questionCode) {
        Matcher m = pattern(questionCode).matcher(markdown);
        return m.find() ? m.group() : "";
    }

    private static Pattern pattern(String questionCode) {
        String q = Pattern.quote(questionCode);
        return Pattern.compile("<!-- answer " + q + " [^\\n]*-->\\n.*?\\n<!-- /answer " + q + " -->", Pattern.DOTALL);
    }
}
