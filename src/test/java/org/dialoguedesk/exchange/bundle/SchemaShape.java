package org.dialoguedesk.exchange.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Checks a JSON document against the subset of JSON Schema (draft 2020-12) the public bundle's schemas
 * use: type (one or several), properties, required, additionalProperties false, items, enum, pattern,
 * minimum, formats uuid and date, and local {@code $ref}s to {@code #/$defs/}. No Java validator is vetted
 * for the project; an npm validator (ajv) checks the same files by hand. Anything else the schemas might
 * come to use is reported as unsupported rather than passed over.
 */
final class SchemaShape {

    private static final Set<String> KNOWN = Set.of("$schema", "title", "description", "type", "properties",
            "required", "additionalProperties", "items", "enum", "pattern", "minimum", "format", "$ref", "$defs");

    private final JsonNode root;
    private final List<String> errors = new ArrayList<>();

    private SchemaShape(JsonNode root) {
        this.root = root;
    }

    /** Every way {@code doc} departs from {@code schema}, each with its JSON path; empty when it conforms. */
    static List<String> check(JsonNode schema, JsonNode doc) {
        SchemaShape s = new SchemaShape(schema);
        s.check(schema, doc, "$");
        return s.errors;
    }

    private void check(JsonNode schema, JsonNode doc, String at) {
        for (Iterator<String> it = schema.fieldNames(); it.hasNext(); ) {
            String keyword = it.next();
            if (!KNOWN.contains(keyword)) {
                errors.add(at + ": the schema uses " + keyword + ", which this check does not support");
            }
        }
        if (schema.has("$ref")) {
            String ref = schema.get("$ref").asText();
            JsonNode target = root.at(ref.substring(1));
            if (!ref.startsWith("#/$defs/") || target.isMissingNode()) {
                errors.add(at + ": unresolved $ref " + ref);
                return;
            }
            check(target, doc, at);
        }
        if (schema.has("type") && !typeMatches(schema.get("type"), doc)) {
            errors.add(at + ": " + doc.getNodeType() + " is not " + schema.get("type"));
            return;
        }
        if (doc.isNull()) {
            return;
        }
        if (schema.has("enum")) {
            boolean found = false;
            for (JsonNode e : schema.get("enum")) {
                found |= e.equals(doc);
            }
            if (!found) {
                errors.add(at + ": " + doc + " is not one of " + schema.get("enum"));
            }
        }
        if (doc.isTextual()) {
            text(schema, doc.textValue(), at);
        }
        if (schema.has("minimum") && doc.isNumber() && doc.asDouble() < schema.get("minimum").asDouble()) {
            errors.add(at + ": " + doc + " is below " + schema.get("minimum"));
        }
        if (doc.isArray() && schema.has("items")) {
            for (int i = 0; i < doc.size(); i++) {
                check(schema.get("items"), doc.get(i), at + "[" + i + "]");
            }
        }
        if (doc.isObject()) {
            object(schema, doc, at);
        }
    }

    private void text(JsonNode schema, String value, String at) {
        if (schema.has("pattern") && !value.matches(schema.get("pattern").asText())) {
            errors.add(at + ": \"" + value + "\" does not match " + schema.get("pattern").asText());
        }
        String format = schema.path("format").asText("");
        try {
            if (format.equals("uuid")) {
                UUID.fromString(value);
            } else if (format.equals("date")) {
                LocalDate.parse(value);
            }
        } catch (IllegalArgumentException | DateTimeParseException e) {
            errors.add(at + ": \"" + value + "\" is not a " + format);
        }
    }

    private void object(JsonNode schema, JsonNode doc, String at) {
        JsonNode properties = schema.path("properties");
        for (JsonNode required : schema.path("required")) {
            if (!doc.has(required.asText())) {
                errors.add(at + ": " + required.asText() + " is missing");
            }
        }
        for (Iterator<String> it = doc.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (properties.has(name)) {
                check(properties.get(name), doc.get(name), at + "." + name);
            } else if (schema.path("additionalProperties").isBoolean() && !schema.get("additionalProperties").asBoolean()) {
                errors.add(at + ": " + name + " is not allowed");
            }
        }
    }

    private static boolean typeMatches(JsonNode type, JsonNode doc) {
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (typeMatches(t, doc)) {
                    return true;
                }
            }
            return false;
        }
        return switch (type.asText()) {
            case "string" -> doc.isTextual();
            case "integer" -> doc.isIntegralNumber();
            case "number" -> doc.isNumber();
            case "boolean" -> doc.isBoolean();
            case "null" -> doc.isNull();
            case "array" -> doc.isArray();
            case "object" -> doc.isObject();
            default -> false;
        };
    }
}
