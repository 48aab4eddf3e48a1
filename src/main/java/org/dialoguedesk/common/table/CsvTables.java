package org.dialoguedesk.common.table;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.dialoguedesk.common.AtomicFiles;
import org.dialoguedesk.common.Problem;

/**
 * CSV in and out. Reading insists on UTF-8 (with or without BOM) and guesses the separator from
 * the header line, because spreadsheets in French locales save with semicolons.
 */
public final class CsvTables {

    /** Files larger than this are refused before parsing: a roster is never near it. */
    public static final long MAX_BYTES = 50L * 1024 * 1024;

    private CsvTables() {
    }

    public static Table read(Path file) {
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new TableFormatException(Problem.of("file", "import.file.tooLarge", file.getFileName().toString()));
            }
            return read(Files.readAllBytes(file), file.getFileName().toString());
        } catch (IOException e) {
            throw new TableFormatException(Problem.of("file", "import.file.unreadable", file.toString(),
                    String.valueOf(e.getMessage())), e);
        }
    }

    public static Table read(InputStream in, String name) {
        try {
            return read(in.readAllBytes(), name);
        } catch (IOException e) {
            throw new TableFormatException(Problem.of("file", "import.file.unreadable", name,
                    String.valueOf(e.getMessage())), e);
        }
    }

    static Table read(byte[] bytes, String name) {
        String text = decodeUtf8(bytes, name);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw new TableFormatException(Problem.of("file", "import.file.empty", name));
        }
        if (text.indexOf('\0') >= 0) {
            throw new TableFormatException(Problem.of("file", "import.file.binary", name));
        }
        char separator = guessSeparator(text);
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(separator).setIgnoreSurroundingSpaces(false).get();
        List<String> header = null;
        List<List<String>> rows = new ArrayList<>();
        List<Integer> rowNumbers = new ArrayList<>();
        try (Reader reader = new java.io.StringReader(text)) {
            for (CSVRecord record : format.parse(reader)) {
                List<String> cells = new ArrayList<>(record.size());
                record.forEach(cells::add);
                if (header == null) {
                    header = cells.stream().map(String::strip).toList();
                } else if (!(cells.size() == 1 && cells.get(0).isBlank())) {
                    rows.add(cells);
                    rowNumbers.add((int) record.getRecordNumber());
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new TableFormatException(Problem.of("file", "import.file.notCsv", name,
                    String.valueOf(e.getMessage())), e);
        }
        return new Table(header == null ? List.of() : header, rows, rowNumbers);
    }

    private static String decodeUtf8(byte[] bytes, String name) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            int line = lineOfFirstBadByte(bytes);
            throw new TableFormatException(Problem.of("file", "import.file.notUtf8", name, String.valueOf(line)), e);
        }
    }

    private static int lineOfFirstBadByte(byte[] bytes) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i <= bytes.length; i++) {
            if (i == bytes.length || bytes[i] == '\n') {
                try {
                    StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                            .decode(ByteBuffer.wrap(bytes, lineStart, i - lineStart));
                } catch (CharacterCodingException e) {
                    return line;
                }
                line++;
                lineStart = i + 1;
            }
        }
        return line;
    }

    private static char guessSeparator(String text) {
        int end = text.indexOf('\n');
        String first = end < 0 ? text : text.substring(0, end);
        long commas = first.chars().filter(c -> c == ',').count();
        long semicolons = first.chars().filter(c -> c == ';').count();
        long tabs = first.chars().filter(c -> c == '\t').count();
        if (tabs > commas && tabs > semicolons) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }

    /** Writes UTF-8 with a BOM so that Excel opens accents and Arabic correctly; atomically. */
    public static void write(Table table, Path file) throws IOException {
        AtomicFiles.write(file, out -> write(table, out));
    }

    public static void write(Table table, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write('\uFEFF');
        CSVPrinter printer = new CSVPrinter(w, CSVFormat.RFC4180);
        printer.printRecord(table.header());
        for (List<String> row : table.rows()) {
            printer.printRecord(row);
        }
        printer.flush();
    }
}
