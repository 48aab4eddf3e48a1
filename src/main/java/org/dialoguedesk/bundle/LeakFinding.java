package org.dialoguedesk.bundle;

/**
 * One thing a public bundle would have leaked.
 *
 * @param what the kind of protected material
 * @param source which protected record it comes from ("contact Karim Lahlou", "profile MAR, section
 *               asylum (fr), restricted"): shown to the officer only, never written
 * @param where the place in the payload it was found ("resources/news.json $[0].body")
 * @param excerpt the offending words with a little context
 */
public record LeakFinding(Kind what, String source, String where, String excerpt) {

    /** Kinds of protected material, each with its own message (what, and which record: {0}; the excerpt: {1}). */
    public enum Kind {
        RESTRICTED_SECTION("bundle.leak.kind.RESTRICTED_SECTION"),
        RESTRICTED_PROFILE("bundle.leak.kind.RESTRICTED_PROFILE"),
        CHATHAM_HOUSE_NOTE("bundle.leak.kind.CHATHAM_HOUSE_NOTE"),
        CONCLUSIONS_DRAFT("bundle.leak.kind.CONCLUSIONS_DRAFT"),
        EMAIL("bundle.leak.kind.EMAIL"),
        PHONE("bundle.leak.kind.PHONE"),
        CONTACT_NAME("bundle.leak.kind.CONTACT_NAME"),
        PASSPORT("bundle.leak.kind.PASSPORT");

        private final String messageKey;

        Kind(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }
}
