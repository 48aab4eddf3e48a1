package org.dialoguedesk.bundle;

import java.time.Instant;
import java.util.Objects;

/**
 * One line of the import log: when, which officer, from which file and installation, what the
 * preview counted (e.g. {@code contacts: 3 new, 1 updated}) and how it ended.
 */
public record ImportLogEntry(Instant importedAt, String officer, String fileName, String sourceInstallation,
        String counts, String outcome) {

    public ImportLogEntry {
        Objects.requireNonNull(importedAt, "importedAt");
        Objects.requireNonNull(officer, "officer");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(sourceInstallation, "sourceInstallation");
        Objects.requireNonNull(counts, "counts");
        Objects.requireNonNull(outcome, "outcome");
    }
}
