package org.dialoguedesk.common.markdown;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * A link of a Markdown text: what the reader sees ({@code text}, the address itself when the link
 * shows nothing) and where it goes.
 */
public record MarkdownLink(String text, String url) {

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
        return url != null && (isPageAddress(url.strip())
                || url.strip().toLowerCase(Locale.ROOT).matches("mailto:\\S+@\\S+"));
    }

    /**
     * Whether the address is a web page a reader's browser can open: absolute http(s) with a host
     * that has a dot. The one rule for links in texts, indicators' source addresses and sources.
     */
    public static boolean isPageAddress(String url) {
        if (url == null) {
            return false;
        }
        try {
            URI uri = new URI(url.strip());
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null && uri.getHost().contains(".");
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
