package org.dialoguedesk.profile.ui;

import org.dialoguedesk.profile.Source;

/** A source as the sources table shows it: where it is used as section titles, and what is wrong with it. */
public record SourceRow(Source source, String usedIn, String accessed, String problem) {

    public String url() {
        return source.url();
    }

    public String title() {
        return source.title();
    }
}
