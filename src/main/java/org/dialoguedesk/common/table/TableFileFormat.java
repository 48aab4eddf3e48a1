package org.dialoguedesk.common.table;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The spreadsheet formats contact lists travel in. */
public enum TableFileFormat {
    CSV("csv"), XLSX("xlsx");

    private final String extension;

    TableFileFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    /** The format a file name announces, if any ({@code .csv}, {@code .tsv}, {@code .txt}, {@code .xlsx}). */
    public static Optional<TableFileFormat> fromFileName(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx")) {
            return Optional.of(XLSX);
        }
        if (name.endsWith(".csv") || name.endsWith(".tsv") || name.endsWith(".txt")) {
            return Optional.of(CSV);
        }
        return Optional.empty();
    }
}
