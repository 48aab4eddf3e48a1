package org.dialoguedesk.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.dialoguedesk.common.table.CsvTables;
import org.dialoguedesk.common.table.Table;

/** Listings printed by commands: rows of named values as indented JSON or as CSV without a BOM. */
final class CommandOutput {

    private CommandOutput() {
    }

    static String json(List<Map<String, String>> rows) throws JsonProcessingException {
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(rows) + "\n";
    }

    static String csv(List<String> header, List<Map<String, String>> rows) throws IOException {
        Table table = new Table(header, rows.stream().map(r -> header.stream().map(r::get).toList()).toList());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvTables.write(table, out);
        String text = out.toString(StandardCharsets.UTF_8);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
