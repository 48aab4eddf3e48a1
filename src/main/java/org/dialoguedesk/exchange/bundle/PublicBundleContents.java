package org.dialoguedesk.exchange.bundle;

import java.util.List;
import org.dialoguedesk.bundle.LeakCheck;
import org.dialoguedesk.bundle.LeakCheckRefusedException;
import org.dialoguedesk.bundle.PublicPayload;
import org.dialoguedesk.exchange.bag.BagEntry;

/**
 * The files of a public bundle, made and then checked for leaks as they will be written: a payload the
 * check refuses throws {@link LeakCheckRefusedException} listing every finding, and nothing is returned
 * to write.
 */
public final class PublicBundleContents {

    /**
     * Files that passed the check.
     *
     * @param textsChecked how many strings the leak check read, for {@code Bundle-Leak-Check}
     * @param counts records per resource, for {@code Bundle-Counts} ("profiles=2; dialogues=4; ...")
     */
    public record Checked(List<BagEntry> entries, int textsChecked, String counts) {

        public Checked {
            entries = List.copyOf(entries);
        }

        /** The {@code Bundle-Leak-Check} value. */
        public String leakCheckTag() {
            return "passed: " + textsChecked + " texts checked";
        }
    }

    private final PublicBundleJson json = new PublicBundleJson();

    public Checked build(PublicPayload payload, LeakCheck check) {
        List<BagEntry> entries = json.entries(payload);
        int checked = check.requireNoLeak(PayloadTexts.of(entries));
        String counts = "profiles=" + payload.profiles().size() + "; dialogues=" + payload.dialogues().size()
                + "; news=" + payload.news().size() + "; contacts=" + payload.contacts().size();
        return new Checked(entries, checked, counts);
    }
}
