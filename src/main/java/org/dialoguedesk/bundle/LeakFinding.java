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

    /** Kinds of protected material, each with its own message key {@code bundle.leak.kind.<NAME>}. */
    public enum Kind {
        RESTRICTED_SECTION, RESTRICTED_PROFILE, CHATHAM_HOUSE_NOTE, CONCLUSIONS_DRAFT, EMAIL, PHONE, CONTACT_NAME,
        PASSPORT
    }
}
