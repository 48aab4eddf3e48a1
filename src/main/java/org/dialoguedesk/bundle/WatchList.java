package org.dialoguedesk.bundle;

import java.util.List;
import org.dialoguedesk.bundle.LeakFinding.Kind;

/**
 * What must never appear in a public bundle, gathered from the whole database.
 *
 * @param passages restricted section and profile texts, Chatham House notes, conclusions not final
 * @param context texts that tell what is common wording rather than a secret: every section text of every
 *                profile (its origin the profile and section), and the roster's names ({@link #COMMON} origin)
 * @param emails every contact's emails
 * @param phones every contact's phones
 * @param names names of contacts and participants who have not agreed to be published
 * @param publishedNames names of contacts who agreed: never reported, even when another person's name
 *                       folds to the same
 * @param passports passport numbers still kept
 */
public record WatchList(List<Item> passages, List<Item> context, List<Item> emails, List<Item> phones, List<Item> names,
                        List<String> publishedNames, List<Item> passports) {

    public WatchList {
        passages = List.copyOf(passages);
        context = List.copyOf(context);
        emails = List.copyOf(emails);
        phones = List.copyOf(phones);
        names = List.copyOf(names);
        publishedNames = List.copyOf(publishedNames);
        passports = List.copyOf(passports);
    }

    /** The origin of context texts that are public anyway (organisation, country and dialogue names). */
    public static final Origin COMMON = new Origin("", "");

    /**
     * Where a protected or context text was written: a document (a profile's key, a meeting's title) and
     * the part of it (a section's code, the meeting's notes or conclusions), all its languages and versions
     * together. The leak check counts origins to tell a document's boilerplate from its secrets.
     */
    public record Origin(String document, String part) {
    }

    /**
     * A protected text, what kind it is, which record it belongs to ({@code source}, shown to the
     * officer) and where it was written ({@code origin}).
     */
    public record Item(Kind kind, String source, Origin origin, String text) {

        /** An item that is its own origin: a contact's email, a participant's name. */
        public Item(Kind kind, String source, String text) {
            this(kind, source, new Origin(source, source), text);
        }
    }
}
