package org.dialoguedesk.exchange.bundle;

import static org.dialoguedesk.exchange.bundle.Where.data;
import static org.dialoguedesk.exchange.bundle.Where.invalid;
import static org.dialoguedesk.exchange.bundle.Where.notJson;
import static org.dialoguedesk.exchange.bundle.Where.wrongType;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.dialoguedesk.bundle.BundleRecord;
import org.dialoguedesk.bundle.RecordKind;
import org.dialoguedesk.bundle.RecordSource;
import org.dialoguedesk.common.BundleException;
import org.dialoguedesk.common.BundleException.Reason;
import org.dialoguedesk.exchange.bag.BagEntry;
import org.dialoguedesk.exchange.bag.BagReader.Bag;

/**
 * Reads an exchange payload back into records, strictly: a descriptor that is not this layout, a resource
 * of a kind this desk does not know, a file it does not describe, a member of the wrong type or name, a text
 * over {@link #MAX_TEXT} characters, rows nested deeper than {@link #MAX_DEPTH}, or one record twice, and the
 * whole bundle is refused as {@link Reason#INVALID}, naming the file and the JSON pointer. Whole numbers come
 * back as {@code Long}, decimals as {@code BigDecimal}, child rows in their order, so contents hash as sent.
 */
public final class ExchangeBundleReader {

    /** Far above any real text (a profile section runs to some thousands of characters). */
    public static final int MAX_TEXT = 1_000_000;
    /** Rows within rows: four levels are used (template, version, section, question, option). */
    public static final int MAX_DEPTH = 12;

    private static final Set<String> DESCRIPTOR_MEMBERS = Set.of("$schema", "name", "title", "version", "created",
            "resources");
    /** {@code schema} is what bundles written before {@code jsonSchema} carry: still read, as it is ignored. */
    private static final Set<String> RESOURCE_MEMBERS = Set.of("name", "path", "format", "mediatype", "encoding",
            PublicBundleJson.JSON_SCHEMA, "schema");

    private static final StreamReadConstraints LIMITS = StreamReadConstraints.builder().maxStringLength(4 * MAX_TEXT)
            .maxNestingDepth(4 * MAX_DEPTH).build();

    private final ObjectMapper mapper = new ObjectMapper(JsonFactory.builder().streamReadConstraints(LIMITS).build())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final RecordArrayReader recordFiles = new RecordArrayReader(LIMITS);

    /**
     * Every record of a payload held in memory.
     *
     * @throws BundleException {@link Reason#INVALID} naming the file and where in it
     */
    public List<BundleRecord> read(List<BagEntry> payload) {
        Map<String, Supplier<InputStream>> files = new LinkedHashMap<>();
        payload.forEach(e -> files.put(e.path(), () -> new ByteArrayInputStream(e.bytes())));
        List<BundleRecord> out = new ArrayList<>();
        records(files).forEach(out::add);
        return out;
    }

    /**
     * The records of a bag's payload, read anew record by record each time they are gone through, so a large
     * bundle is never held whole. The descriptor and the set of files are checked here; each record as it
     * is read, so going through them once checks them all.
     *
     * @throws BundleException {@link Reason#INVALID} naming the file and where in it
     */
    public RecordSource records(Bag bag) {
        Map<String, Supplier<InputStream>> files = new LinkedHashMap<>();
        bag.files().forEach(f -> files.put(f.path(), f::open));
        return records(files);
    }

    private RecordSource records(Map<String, Supplier<InputStream>> files) {
        JsonNode descriptor = parse(ExchangeBundleJson.DESCRIPTOR, required(files, ExchangeBundleJson.DESCRIPTOR));
        Map<RecordKind, String> resources = resources(descriptor);
        Set<String> described = new HashSet<>(resources.values());
        described.add(ExchangeBundleJson.DESCRIPTOR);
        described.add(ExchangeBundleJson.SCHEMA);
        for (String path : files.keySet()) {
            if (!described.contains(path)) {
                throw invalid("bundle.records.unexpectedFile", data(path));
            }
        }
        resources.values().forEach(path -> required(files, path));
        return each -> resources.forEach((kind, path) -> recordFiles.read(kind, path, files.get(path), each));
    }

    private Map<RecordKind, String> resources(JsonNode descriptor) {
        String file = data(ExchangeBundleJson.DESCRIPTOR);
        Where top = Where.top(file);
        members(descriptor, top, DESCRIPTOR_MEMBERS, Set.of("name", "version", "resources"));
        String name = text(descriptor.get("name"), top.at("name"));
        String version = text(descriptor.get("version"), top.at("version"));
        if (!name.equals(ExchangeBundleJson.NAME) || !version.startsWith("1.")) {
            throw invalid("bundle.records.descriptor", file, name, version);
        }
        JsonNode list = descriptor.get("resources");
        Where at = top.at("resources");
        if (!list.isArray()) {
            throw wrongType(at, "array");
        }
        Map<RecordKind, String> out = new EnumMap<>(RecordKind.class);
        for (int i = 0; i < list.size(); i++) {
            Where r = at.at(i);
            JsonNode resource = list.get(i);
            members(resource, r, RESOURCE_MEMBERS, Set.of("name", "path"));
            String kindName = text(resource.get("name"), r.at("name"));
            RecordKind kind = RecordKind.ofResourceName(kindName).orElseThrow(() -> invalid("bundle.records.unknownKind", file, kindName));
            String path = text(resource.get("path"), r.at("path"));
            if (!path.equals(ExchangeBundleJson.recordsPath(kind))) {
                throw invalid("bundle.records.badValue", file, r.at("path").pointer(), path);
            }
            if (out.put(kind, path) != null) {
                throw invalid("bundle.records.duplicate", file, kindName);
            }
        }
        return out;
    }

    private static void members(JsonNode node, Where at, Set<String> allowed, Set<String> required) {
        if (!node.isObject()) {
            throw wrongType(at, "object");
        }
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!allowed.contains(name)) {
                throw invalid("bundle.records.unknownMember", at.file(), at.at(name).pointer());
            }
        }
        for (String name : required) {
            if (!node.has(name)) {
                throw invalid("bundle.records.missingMember", at.file(), at.pointer(), name);
            }
        }
    }

    private static String text(JsonNode node, Where at) {
        if (!node.isTextual()) {
            throw wrongType(at, "string");
        }
        return RecordArrayReader.checkedText(node.textValue(), at);
    }

    private JsonNode parse(String path, Supplier<InputStream> file) {
        try (InputStream in = file.get()) {
            return mapper.readTree(in);
        } catch (JsonProcessingException e) {
            throw notJson(path, e);
        } catch (IOException e) {
            throw new BundleException(Reason.INVALID, e, "bundle.records.notJson", data(path), 0, 0, e.getMessage());
        }
    }

    private static Supplier<InputStream> required(Map<String, Supplier<InputStream>> files, String path) {
        Supplier<InputStream> file = files.get(path);
        if (file == null) {
            throw invalid("bundle.records.missingFile", data(path));
        }
        return file;
    }
}
