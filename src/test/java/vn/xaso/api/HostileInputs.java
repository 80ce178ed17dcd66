package vn.xaso.api;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Bad input generated from an OpenAPI document: for a request body, the schema's own shape with one field at a
 * time replaced by a hostile value (null, the wrong type, huge and negative numbers, long and odd text, empty and
 * huge lists), plus broken and empty bodies; for parameters, hostile text. A fixed seed keeps every run the same.
 */
final class HostileInputs {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    static final JsonMapper JSON = JsonMapper.builder().build();

    /** Parameter values: out of range, the wrong type, long, odd unicode, control characters, traversal. */
    static final List<String> PARAMETERS = List.of("", "-1", "0", "9223372036854775808", "-9223372036854775809",
            "1e308", "NaN", "x", "null", "true", "2026-13-45", "9999-12-31", "x".repeat(5000), "\u0000",
            "\uD83D\uDE00\u202E\u0301", "../../etc/passwd", "' or 1=1 --", "<script>alert(1)</script>");

    /** Whole bodies that are not what any operation expects. */
    static final List<String> BODIES = List.of("", " ", "null", "{", "}", "[]", "[null]", "{}", "123", "-1e308",
            "\"x\"", "true", "{\"\":null}", "{\"a\":1,\"a\":2}", "[".repeat(600) + "]".repeat(600),
            "{\"x\":".repeat(600) + "1" + "}".repeat(600), "\uFEFF{}", "{\"\\u0000\":\"\\ud800\"}");

    private final JsonNode components;
    private final Random random = new Random(20261202);

    HostileInputs(JsonNode apiDocs) {
        this.components = apiDocs.path("components").path("schemas");
    }

    /** The values one field is set to, one at a time. */
    List<JsonNode> hostileValues() {
        List<JsonNode> values = new ArrayList<>();
        values.add(NODES.nullNode());
        values.add(NODES.numberNode(1e308));
        values.add(NODES.numberNode(new java.math.BigInteger("9223372036854775808")));
        values.add(NODES.numberNode(-1));
        values.add(NODES.numberNode(0));
        values.add(NODES.numberNode(-1.5));
        values.add(NODES.booleanNode(true));
        values.add(NODES.stringNode("x".repeat(100_000)));
        values.add(NODES.stringNode("\u0000\uD83D\uDE00\u202E"));
        values.add(NODES.stringNode(""));
        values.add(NODES.stringNode("9999-12-31T23:59:59Z"));
        values.add(NODES.arrayNode());
        values.add(NODES.objectNode());
        values.add(NODES.arrayNode().add(NODES.nullNode()));
        ArrayNode many = NODES.arrayNode();
        for (int i = 0; i < 20_000; i++) {
            many.add("x" + i);
        }
        values.add(many);
        return values;
    }

    /** A plausible body from the schema: every field present with a simple value of its type. */
    JsonNode example(JsonNode schema) {
        return example(schema, 0);
    }

    /** The example with one field (at the top or one level down) replaced by each hostile value. */
    List<JsonNode> mutations(JsonNode schema) {
        JsonNode example = example(schema);
        List<JsonNode> bodies = new ArrayList<>();
        List<JsonNode> hostile = hostileValues();
        if (!(example instanceof ObjectNode object)) {
            hostile.forEach(bodies::add);
            return bodies;
        }
        for (String field : names(object)) {
            for (JsonNode value : hostile) {
                ObjectNode copy = object.deepCopy();
                copy.set(field, value);
                bodies.add(copy);
            }
            JsonNode inner = object.get(field);
            JsonNode nested = inner.isArray() && !inner.isEmpty() ? inner.get(0) : inner;
            if (nested instanceof ObjectNode nestedObject) {
                for (String innerField : names(nestedObject)) {
                    // a sample of the values one level down keeps the count reasonable
                    for (int i = 0; i < 4; i++) {
                        ObjectNode copy = object.deepCopy();
                        JsonNode target = copy.get(field).isArray() ? copy.get(field).get(0) : copy.get(field);
                        ((ObjectNode) target).set(innerField, hostile.get(random.nextInt(hostile.size())));
                        bodies.add(copy);
                    }
                }
            }
        }
        for (String field : names(object)) {
            ObjectNode without = object.deepCopy();
            without.remove(field);
            bodies.add(without);
        }
        ObjectNode unknown = object.deepCopy();
        unknown.put("notAField", "x");
        bodies.add(unknown);
        return bodies;
    }

    /** Values that pass the first checks, so that the hostile field is the one the code meets. */
    private static final Map<String, String> REALISTIC = Map.ofEntries(Map.entry("unit", "H40.01"),
            Map.entry("unitCode", "H40.01"), Map.entry("parentCode", "H40"), Map.entry("procedureCode", "HKD-01"),
            Map.entry("channel", "COUNTER"), Map.entry("idNumber", "037190009999"), Map.entry("assignee", "chuyenvien.binhan"),
            Map.entry("mainHandler", "chuyenvien.binhan"), Map.entry("signer", "lanhdao.binhan"), Map.entry("toUnit", "H40"),
            Map.entry("username", "fuzz.nobody"), Map.entry("from", "2026-12-01T08:00:00+07:00"),
            Map.entry("to", "2026-12-03T08:00:00+07:00"), Map.entry("start", "2026-12-01T09:00:00+07:00"),
            Map.entry("end", "2026-12-01T10:00:00+07:00"), Map.entry("due", "2026-12-04T08:00:00+07:00"),
            Map.entry("newDueAt", "2026-12-10T08:00:00+07:00"), Map.entry("fullName", "Nguyễn Văn Thử"),
            Map.entry("phone", "0912345678"), Map.entry("email", "thu@example.vn"));

    private static String realistic(String field) {
        return REALISTIC.getOrDefault(field, "x");
    }

    private JsonNode example(JsonNode schema, int depth) {
        return example(schema, depth, "");
    }

    private JsonNode example(JsonNode schema, int depth, String fieldName) {
        if (schema.has("$ref")) {
            String name = schema.get("$ref").asString().replace("#/components/schemas/", "");
            return depth > 6 ? NODES.nullNode() : example(components.path(name), depth + 1, fieldName);
        }
        for (String combinator : List.of("allOf", "oneOf", "anyOf")) {
            if (schema.has(combinator) && !schema.get(combinator).isEmpty()) {
                return example(schema.get(combinator).get(0), depth + 1, fieldName);
            }
        }
        if (schema.has("enum") && !schema.get("enum").isEmpty()) {
            return schema.get("enum").get(0);
        }
        String type = schema.path("type").asString("");
        if (type.isEmpty() && schema.has("properties")) {
            type = "object";
        }
        String format = schema.path("format").asString("");
        return switch (type) {
            case "object" -> {
                ObjectNode object = NODES.objectNode();
                Map<String, JsonNode> properties = new LinkedHashMap<>();
                schema.path("properties").properties().forEach(e -> properties.put(e.getKey(), e.getValue()));
                properties.forEach((name, property) -> object.set(name, example(property, depth + 1, name)));
                yield object;
            }
            case "array" -> NODES.arrayNode().add(example(schema.path("items"), depth + 1, fieldName));
            case "integer" -> NODES.numberNode(1);
            case "number" -> NODES.numberNode(1.5);
            case "boolean" -> NODES.booleanNode(true);
            case "string" -> switch (format) {
                case "" -> NODES.stringNode(realistic(fieldName));
                case "date" -> NODES.stringNode("2026-12-01");
                case "date-time" -> NODES.stringNode("2026-12-01T08:00:00+07:00");
                case "binary", "byte" -> NODES.stringNode("eA==");
                default -> NODES.stringNode("x");
            };
            default -> NODES.stringNode("x");
        };
    }

    private static List<String> names(ObjectNode object) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = object.propertyNames().iterator(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }
}
