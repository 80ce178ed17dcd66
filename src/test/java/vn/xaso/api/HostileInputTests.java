package vn.xaso.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.xaso.Api;
import vn.xaso.XasoTest;

/**
 * Every operation of {@code /v3/api-docs} driven with generated bad input (nulls, wrong types, huge and negative
 * numbers, long and odd text, empty, broken and deeply nested bodies, wrong and boundary-less content types, hostile
 * path and query parameters), as a province administrator and as the unit's own officials: no answer may be a 5xx.
 */
@XasoTest
class HostileInputTests {

    private static final Pattern PATH_VARIABLE = Pattern.compile("\\{([^}]+)}");

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final List<String> failures = new ArrayList<>();
    private int requests;

    @Test
    void noOperationAnswersBadInputWithAServerError() throws Exception {
        Api api = new Api(port);
        JsonNode docs = api.json(api.get("/v3/api-docs", "admin").body());
        HostileInputs inputs = new HostileInputs(docs);
        Map<String, String> known = knownPathValues(api);
        int operations = 0;
        for (var path : docs.get("paths").properties()) {
            for (var operation : path.getValue().properties()) {
                operations++;
                drive(inputs, operation.getKey().toUpperCase(), path.getKey(), operation.getValue(), known);
            }
        }
        System.out.printf("Hostile input: %d operations, %d requests, %d server errors%n", operations, requests,
                failures.size());
        assertThat(operations).isGreaterThan(50);
        assertThat(failures).as(failures.size() + " of " + requests + " requests answered with a server error").isEmpty();
    }

    /** Every text and list a caller sends has a documented bound (maxLength, maxItems), numbers a maximum. */
    @Test
    void everyTextListAndNumberOfARequestHasADocumentedBound() {
        Api api = new Api(port);
        JsonNode docs = api.json(api.get("/v3/api-docs", "admin").body());
        java.util.Set<String> requestSchemas = new java.util.TreeSet<>();
        for (var path : docs.get("paths").properties()) {
            for (var operation : path.getValue().properties()) {
                operation.getValue().path("requestBody").path("content").forEach(media -> collect(docs, media.path("schema"), requestSchemas));
            }
        }
        List<String> unbounded = new ArrayList<>();
        for (String name : requestSchemas) {
            JsonNode schema = docs.get("components").get("schemas").get(name);
            schema.path("properties").properties().forEach(p -> {
                JsonNode property = p.getValue();
                String type = property.path("type").asString("");
                String format = property.path("format").asString("");
                boolean bounded = switch (type) {
                    case "string" -> property.has("maxLength") || property.has("enum") || property.has("pattern")
                            || List.of("date", "date-time", "binary", "time", "partial-time").contains(format);
                    case "array" -> property.has("maxItems") && (!property.path("items").path("type").asString("").equals("string")
                            || property.path("items").has("maxLength") || property.path("items").has("enum")
                            || property.path("items").has("pattern"));
                    case "integer", "number" -> property.has("maximum") || format.equals("int64"); // ids: bounded by their type
                    default -> true;
                };
                if (!bounded) {
                    unbounded.add(name + "." + p.getKey());
                }
            });
        }
        assertThat(requestSchemas).hasSizeGreaterThan(15);
        assertThat(unbounded).as("request fields without a documented bound").isEmpty();
    }

    private static void collect(JsonNode docs, JsonNode schema, java.util.Set<String> names) {
        if (schema.has("$ref")) {
            String name = schema.get("$ref").asString().replace("#/components/schemas/", "");
            if (names.add(name)) {
                docs.get("components").get("schemas").get(name).path("properties").forEach(p -> collect(docs, p, names));
            }
        }
        if (schema.has("items")) {
            collect(docs, schema.get("items"), names);
        }
        for (String combinator : List.of("allOf", "oneOf", "anyOf")) {
            schema.path(combinator).forEach(s -> collect(docs, s, names));
        }
    }

    private void drive(HostileInputs inputs, String method, String template, JsonNode operation, Map<String, String> known)
            throws Exception {
        List<String> users = usersFor(template);
        String realPath = fill(template, name -> known.getOrDefault(name, "x"));
        for (String user : users) {
            // hostile path variables
            for (String value : HostileInputs.PARAMETERS) {
                if (PATH_VARIABLE.matcher(template).find()) {
                    send(user, method, fill(template, name -> value), null, null);
                }
            }
            // hostile query parameters, one at a time
            for (JsonNode parameter : operation.path("parameters")) {
                if (parameter.path("in").asString().equals("query")) {
                    for (String value : HostileInputs.PARAMETERS) {
                        send(user, method, realPath + "?" + parameter.get("name").asString() + "=" + encode(value), null, null);
                    }
                }
            }
            JsonNode content = operation.path("requestBody").path("content");
            if (content.has("application/json")) {
                JsonNode schema = content.get("application/json").path("schema");
                for (String body : HostileInputs.BODIES) {
                    send(user, method, realPath, "application/json", body.getBytes(StandardCharsets.UTF_8));
                }
                for (JsonNode body : inputs.mutations(schema)) {
                    send(user, method, realPath, "application/json", HostileInputs.JSON.writeValueAsBytes(body));
                }
                byte[] example = HostileInputs.JSON.writeValueAsBytes(inputs.example(schema));
                for (String type : List.of("text/plain", "application/xml", "multipart/form-data", "multipart/mixed",
                        "application/x-www-form-urlencoded", "application/json; charset=klingon")) {
                    send(user, method, realPath, type, example);
                }
                send(user, method, realPath, null, example);
            }
            if (content.has("multipart/form-data")) {
                for (String type : List.of("multipart/form-data", "multipart/form-data; boundary=", "multipart/form-data; boundary=b",
                        "application/json", "application/octet-stream")) {
                    for (String body : List.of("", "--b\r\n", "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n\r\n%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\r\n--b--\r\n", "{}")) {
                        send(user, method, realPath, type, body.getBytes(StandardCharsets.UTF_8));
                    }
                }
                for (byte[] file : List.of(new byte[0], "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes(StandardCharsets.UTF_8),
                        nestedPdf(), "not a pdf".getBytes(StandardCharsets.UTF_8))) {
                    sendMultipart(user, method, realPath, content.get("multipart/form-data").path("schema"), inputs, file);
                }
            }
            if (content.isEmpty() && !method.equals("GET")) {
                for (String body : List.of("", "{", "{}", "[]")) {
                    send(user, method, realPath, "application/json", body.getBytes(StandardCharsets.UTF_8));
                }
            }
        }
    }

    /** Every text field of the form hostile at once, and the given file in every file field. */
    private void sendMultipart(String user, String method, String path, JsonNode schema, HostileInputs inputs, byte[] file)
            throws Exception {
        String boundary = "xasofuzz";
        var body = new java.io.ByteArrayOutputStream();
        JsonNode properties = inputs.example(schema);
        for (var field : properties.properties()) {
            boolean isFile = field.getValue().isString() && field.getValue().asString().equals("eA==");
            String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\""
                    + (isFile ? "; filename=\"a.pdf\"\r\nContent-Type: application/pdf" : "") + "\r\n\r\n";
            body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
            body.writeBytes(isFile ? file : "x".repeat(20_000).getBytes(StandardCharsets.UTF_8));
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        send(user, method, path, "multipart/form-data; boundary=" + boundary, body.toByteArray());
    }

    private void send(String user, String method, String path, String contentType, byte[] body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + Api.PASSWORD)
                        .getBytes(StandardCharsets.UTF_8)))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        requests++;
        String shown = body == null ? "" : new String(body, 0, Math.min(body.length, 160), StandardCharsets.UTF_8);
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 500) {
                failures.add(response.statusCode() + " " + method + " " + abbreviate(path) + " as " + user + " ["
                        + contentType + "] " + shown);
            }
        } catch (java.io.IOException e) {
            failures.add("no answer (" + e + ") " + method + " " + abbreviate(path) + " [" + contentType + "] " + shown);
        }
    }

    /** Real objects for the path variables, so that hostile bodies reach the code behind the lookups. */
    private static Map<String, String> knownPathValues(Api api) {
        JsonNode dossier = api.json(api.post("/api/v1/dossiers", "motcua.binhan", """
                {"procedureCode": "HKD-01", "unitCode": "H40.01", "channel": "COUNTER",
                 "applicant": {"fullName": "Nguyễn Văn Thử", "idNumber": "037190009999", "address": "Bình An"}}""").body());
        JsonNode document = api.json(api.post("/api/v1/documents/incoming", "vanthu.binhan", """
                {"sender": {"organId": "000.00.00.H40", "name": "UBND tỉnh Ninh Bình"}, "codeNumber": "9090",
                 "codeNotation": "UBND-VP", "issuedDate": "2026-11-20", "typeName": "Công văn",
                 "subject": "Kiểm thử dữ liệu xấu"}""").body());
        return Map.of("code", dossier.get("code").asString(), "id", document.get("id").asString(),
                "action", "complete", "kind", "INCOMING");
    }

    private static List<String> usersFor(String template) {
        if (template.startsWith("/api/v1/dossiers")) {
            return List.of("admin", "motcua.binhan", "lanhdao.binhan");
        }
        if (template.startsWith("/api/v1/documents")) {
            return List.of("admin", "vanthu.binhan", "lanhdao.binhan");
        }
        return List.of("admin");
    }

    private static String fill(String template, java.util.function.Function<String, String> value) {
        Matcher matcher = PATH_VARIABLE.matcher(template);
        StringBuilder path = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(path, Matcher.quoteReplacement(encode(value.apply(matcher.group(1)))));
        }
        matcher.appendTail(path);
        return path.toString();
    }

    private static byte[] nestedPdf() {
        String nested = "[".repeat(500) + "]".repeat(500);
        return ("%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Kids " + nested + " >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String abbreviate(String path) {
        return path.length() > 120 ? path.substring(0, 120) + "…" : path;
    }
}
