package org.dialoguedesk;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.dialoguedesk.app.Desk;
import org.dialoguedesk.bundle.BundleRecord;
import org.dialoguedesk.bundle.RecordKind;
import org.dialoguedesk.exchange.bag.BagInfo;
import org.dialoguedesk.exchange.bag.BundleFile;
import org.dialoguedesk.exchange.bag.BundleScope;
import org.dialoguedesk.exchange.bundle.ExchangeBundleJson;

/** Exchange bundles written from an open desk, for tests and the look harness that import them elsewhere. */
public final class TestBundles {

    private TestBundles() {
    }

    /**
     * Every record of the desk in an exchange bundle, as {@code bundle export --scope exchange} writes it, made
     * by "Officer A" of the "MTM secretariat"; encrypted when a passphrase is given.
     */
    public static Path exchange(Desk from, Path out, Optional<String> passphrase) throws IOException {
        List<BundleRecord> records = from.recordMerge().records(EnumSet.allOf(RecordKind.class));
        BagInfo info = new BagInfo(LocalDate.now(from.clock()), "MTM secretariat", from.recordMerge().installationId(),
                "Officer A", BundleScope.EXCHANGE, BagInfo.CURRENT_FORMAT, "all dialogues", "", "");
        new BundleFile().write(out, "dialogue-desk-exchange", info,
                new ExchangeBundleJson().entries(records, from.clock().instant()), passphrase.map(String::toCharArray));
        return out;
    }
}
