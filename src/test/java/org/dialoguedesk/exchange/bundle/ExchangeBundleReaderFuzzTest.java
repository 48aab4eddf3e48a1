package org.dialoguedesk.exchange.bundle;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.dialoguedesk.bundle.RecordKind;
import org.dialoguedesk.common.BundleException;
import org.dialoguedesk.exchange.bag.BagEntry;

/**
 * Whatever a records file holds, the exchange reader either gives records or refuses the bundle with a
 * {@link BundleException} that has its text: never another exception, which would reach the officer as a
 * crash. A plain test run replays the seeds in {@code ExchangeBundleReaderFuzzTestInputs}; {@code JAZZER_FUZZ=1}
 * fuzzes for real.
 */
class ExchangeBundleReaderFuzzTest {

    private static final List<BagEntry> EMPTY = new ExchangeBundleJson().entries(List.of(), Instant.EPOCH);

    @FuzzTest(maxDuration = "60s")
    void recordsOnlyEverRefusedWithBundleException(byte[] input) {
        String path = ExchangeBundleJson.recordsPath(RecordKind.CONTACT);
        List<BagEntry> entries = new ArrayList<>(EMPTY);
        entries.replaceAll(e -> e.path().equals(path) ? new BagEntry(path, input) : e);
        try {
            new ExchangeBundleReader().read(entries);
        } catch (BundleException expected) {
            if (expected.getMessage().startsWith("bundle.records.")) {
                throw new AssertionError("message key without text: " + expected.messageKey());
            }
        }
    }
}
