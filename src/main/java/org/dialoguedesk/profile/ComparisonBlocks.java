package org.dialoguedesk.profile;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The route comparison pulled into a section's Markdown sits between two HTML comments, like the
 * answer blocks ({@link AnswerBlocks}):
 * <pre>
 * &lt;!-- comparison route-countries · latest figures of the country profiles --&gt;
 * ...
 * &lt;!-- /comparison route-countries --&gt;
 * </pre>
 * Pulling it again replaces only what is between them; the drafters' text around it is never touched.
 */
public final class ComparisonBlocks {

    static final String NAME = "route-countries";
    private static final Pattern BLOCK = Pattern.compile("<!-- comparison " + NAME + " [^\\n]*-->\\n.*?\\n"
            + "<!-- /comparison " + NAME + " -->", Pattern.DOTALL);

    private ComparisonBlocks() {
    }

    public static String block(String provenance, String text) {
        return "<!-- comparison " + NAME + " \u00b7 " + provenance + " -->\n" + text.strip() + "\n<!-- /comparison "
                + NAME + " -->";
    }

    /** The markdown with the block replaced, or appended after a blank line when absent. */
    public static String put(String markdown, String block) {
        Matcher m = BLOCK.matcher(markdown);
        if (m.find()) {
            return markdown.substring(0, m.start()) + block + markdown.substring(m.end());
        }
        String base = markdown.stripTrailing();
        return base.isEmpty() ? block + "\n" : base + "\n\n" + block + "\n";
    }

    /** The block as it stands in the markdown, or "" when there is none. */
    public static String find(String markdown) {
        Matcher m = BLOCK.matcher(markdown);
        return m.find() ? m.group() : "";
    }
}
