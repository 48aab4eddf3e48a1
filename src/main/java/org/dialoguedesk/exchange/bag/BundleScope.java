package org.dialoguedesk.exchange.bag;

import java.util.Optional;
import java.util.stream.Stream;

/** What a bundle is for, as its {@code Bundle-Scope} tag says: the website, or another officer. */
public enum BundleScope {
    PUBLIC("public"),
    EXCHANGE("exchange");

    private final String tag;

    BundleScope(String tag) {
        this.tag = tag;
    }

    /** The value written in bag-info.txt. */
    public String tag() {
        return tag;
    }

    public static Optional<BundleScope> ofTag(String tag) {
        return Stream.of(values()).filter(s -> s.tag.equals(tag)).findFirst();
    }
}
