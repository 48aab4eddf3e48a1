package org.dialoguedesk.bundle;

import java.util.List;
import org.dialoguedesk.bundle.LeakFinding.Kind;

/**
 * What must never appear in a public bundle, gathered from the whole database.
 *
 * @param passages restricted section and profile texts, Chatham House notes, conclusions not final
 * @param emails every contact's emails
 * @param phones every contact's phones
 * @param names names of contacts and participants who have not agreed to be published
 * @param publishedNames names of contacts who agreed: never reported, even when another person's name
 *                       folds to the same
 * @param passports passport numbers still kept
 */
public record WatchList(List<Item> passages, List<Item> emails, List<Item> phones, List<Item> names,
                        List<String> publishedNames, List<Item> passports) {

    public WatchList {
        passages = List.copyOf(passages);
        emails = List.copyOf(emails);
        phones = List.copyOf(phones);
        names = List.copyOf(names);
        publishedNames = List.copyOf(publishedNames);
        passports = List.copyOf(passports);
    }

    /** A protected text, what kind it is and which record it belongs to. */
    public record Item(Kind kind, String source, String text) {
    }
}
