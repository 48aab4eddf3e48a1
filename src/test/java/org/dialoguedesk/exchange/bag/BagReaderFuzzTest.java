package org.dialoguedesk.exchange.bag;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.dialoguedesk.common.BundleException;

/**
 * Whatever bytes arrive, the reader either returns a bag that passed every check or refuses with a
 * {@link BundleException}: never another exception, a hang, or memory blown by a bomb. A plain test run
 * replays the seed corpus in {@code BagReaderFuzzTestInputs}; {@code JAZZER_FUZZ=1} fuzzes for real.
 */
class BagReaderFuzzTest {

    private static final ZipLimits LIMITS = new ZipLimits(64, 1 << 20, 4 << 20, 100, 64 << 10);

    @FuzzTest(maxDuration = "60s")
    void readerOnlyEverRefusesWithBundleException(byte[] input) {
        try {
            BagReader.Bag bag = new BagReader(LIMITS).read(input);
            if (bag.payload().stream().anyMatch(e -> e.path().contains(".."))) {
                throw new AssertionError("a climbing path passed: " + bag.payload());
            }
        } catch (BundleException expected) {
            if (expected.getMessage().startsWith("bundle.container.")) {
                throw new AssertionError("message key without text: " + expected.messageKey());
            }
        }
    }
}
