package org.dialoguedesk.render.doc;

/** A stretch of text with one look, and the web address it links to ({@code ""} when it links nowhere). */
public record Span(String text, Ink ink, String url) {

    /** How a span looks. */
    public enum Ink {
        PLAIN, BOLD, ITALIC, BOLD_ITALIC, CODE;

        public boolean bold() {
            return this == BOLD || this == BOLD_ITALIC;
        }

        public boolean italic() {
            return this == ITALIC || this == BOLD_ITALIC;
        }

        /** This look with bold or italic added, as nested emphasis reads. */
        public Ink with(boolean addBold, boolean addItalic) {
            if (this == CODE) {
                return CODE;
            }
            boolean b = bold() || addBold;
            boolean i = italic() || addItalic;
            return b && i ? BOLD_ITALIC : b ? BOLD : i ? ITALIC : PLAIN;
        }
    }

    public Span {
        text = text == null ? "" : text;
        ink = ink == null ? Ink.PLAIN : ink;
        url = url == null ? "" : url;
    }

    public static Span plain(String text) {
        return new Span(text, Ink.PLAIN, "");
    }

    public static Span bold(String text) {
        return new Span(text, Ink.BOLD, "");
    }

    public boolean isLink() {
        return !url.isEmpty();
    }
}
