package org.dialoguedesk.bundle;

import java.util.List;
import org.dialoguedesk.bundle.LeakFinding.Kind;

/**
 * What must never appear in a public bundle, gathered from the whole database.
 *
 * @param passages restricted section and profile texts, Chatham House notes, conclusions not final
 * @param context texts that tell what is common wording rather than a secret: every section text of every
 *                profile (its origin the profile), and the roster's names ({@link #COMMON} origin)
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
    public static final String COMMON = "";

    /**
     * A protected text, what kind it is, which record it belongs to ({@code source}, shown to the
     * officer) and which document it comes from ({@code origin}: a profile's key, a meeting's title).
     */
    public record Item(Kind kind, String source, String origin, String text) {

        public Item(Kind kind, String source, String text) {
            this(kind, source, source, text);
        }
    }
}
