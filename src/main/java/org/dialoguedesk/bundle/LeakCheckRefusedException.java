package org.dialoguedesk.bundle;

import java.util.List;
import org.dialoguedesk.common.Problem;
import org.dialoguedesk.common.ValidationException;

/**
 * A public export refused by the leak check: nothing was written. Carries every finding, each also as a
 * problem (where in the payload, what leaked from which record, the excerpt) in the officer's language.
 */
public final class LeakCheckRefusedException extends ValidationException {

    private final transient List<LeakFinding> findings;

    public LeakCheckRefusedException(List<LeakFinding> findings) {
        super(findings.stream().map(f -> Problem.of(f.where(), f.what().messageKey(), f.source(),
                f.excerpt())).toList());
        this.findings = List.copyOf(findings);
    }

    public List<LeakFinding> findings() {
        return findings;
    }
}
