package org.dialoguedesk.exchange.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.dialoguedesk.bundle.PayloadText;
import org.dialoguedesk.common.DeskException;
import org.dialoguedesk.exchange.bag.BagEntry;

/**
 * Every string of the payload's JSON files, read back from the bytes about to be written: each value
 * and each field name, with its place ({@code resources/news.json $[0].body}). The leak check reads these,
 * so nothing a mapping adds can slip past it.
 */
public final class PayloadTexts {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private PayloadTexts() {
    }

    public static List<PayloadText> of(List<BagEntry> entries) {
        List<PayloadText> texts = new ArrayList<>();
        for (BagEntry e : entries) {
            if (!e.path().endsWith(".json")) {
                texts.add(PayloadText.value(e.path(), new String(e.bytes(), java.nio.charset.StandardCharsets.UTF_8)));
                continue;
            }
            try {
                walk(MAPPER.readTree(e.bytes()), e.path() + " $", texts);
            } catch (IOException ex) {
                throw new DeskException("The payload file " + e.path() + " is not JSON: " + ex.getMessage(), ex);
            }
        }
        return texts;
    }

    private static void walk(JsonNode node, String where, List<PayloadText> texts) {
        if (node.isTextual()) {
            texts.add(PayloadText.value(where, node.textValue()));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), where + "[" + i + "]", texts);
            }
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                String at = where + "." + field.getKey();
                texts.add(PayloadText.field(at, field.getKey()));
                walk(field.getValue(), at, texts);
            }
        }
    }
}
