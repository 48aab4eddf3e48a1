package org.dialoguedesk.common.markdown;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A link of a Markdown text: what the reader sees ({@code text}, the address itself when the link
 * shows nothing) and where it goes.
 */
public record MarkdownLink(String text, String url) {

    private static final Pattern WEB = Pattern.compile("(https?://|mailto:)\\S+");

    public MarkdownLink {
        text = text == null ? "" : text;
        url = url == null ? "" : url;
    }

    /** Whether {@link #url} is a web or mail address, the only kind worth handing to a browser. */
    public boolean isWebAddress() {
        return isWebAddress(url);
    }

    /**
     * Whether the address is a web page or an email address. Profiles travel between laptops in
     * bundles: a {@code file:} or {@code javascript:} link written by someone else should not be
     * opened by a click.
     */
    public static boolean isWebAddress(String url) {
        return url != null && WEB.matcher(url.strip().toLowerCase(Locale.ROOT)).matches();
    }
}
