package vn.xaso;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small HTTP client for the REST API over real HTTP, logging in with HTTP Basic. */
public final class Api {

    public static final String PASSWORD = "demo";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;
    private final String language;
    private final String bearer;

    public Api(int port) {
        this("http://localhost:" + port, null, null);
    }

    private Api(String base, String language, String bearer) {
        this.base = base;
        this.language = language;
        this.bearer = bearer;
    }

    /** The same client asking for answers in {@code language} (Accept-Language), e.g. {@code en}. */
    public Api inLanguage(String language) {
        return new Api(base, language, bearer);
    }

    /** The same client sending an identity provider's access token on calls made without a user ({@code null}). */
    public Api withToken(String accessToken) {
        return new Api(base, language, accessToken);
    }

    public Response get(String path, String user) {
        return send(request(path, user, PASSWORD).GET());
    }

    public Response get(String path, String user, String password) {
        return send(request(path, user, password).GET());
    }

    public Response post(String path, String user, String json) {
        return send(request(path, user, PASSWORD).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Response post(String path, String user, String password, String json) {
        return send(request(path, user, password).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Response put(String path, String user, String password, String json) {
        return send(request(path, user, password).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Response put(String path, String user, String json) {
        return send(request(path, user, PASSWORD).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** A POST with any content type and body, e.g. a broken one. */
    public Response send(String path, String user, String contentType, String body) {
        return send(request(path, user, PASSWORD).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public Response delete(String path, String user) {
        return send(request(path, user, PASSWORD).DELETE());
    }

    /** A multipart/form-data POST with text fields and one file. */
    public Response upload(String path, String user, java.util.Map<String, String> fields, String fileField, String fileName,
            byte[] file) {
        return upload(path, user, PASSWORD, fields, fileField, fileName, file);
    }

    public Response upload(String path, String user, String password, java.util.Map<String, String> fields, String fileField,
            String fileName, byte[] file) {
        String boundary = "xaso" + java.util.UUID.randomUUID();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name
                + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
                + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(request(path, user, password).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    /** The raw bytes of a GET (files, PDFs, spreadsheets). */
    public byte[] bytes(String path, String user) {
        try {
            return http.send(request(path, user, PASSWORD).header("Accept", "*/*").build(), HttpResponse.BodyHandlers.ofByteArray()).body();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public JsonNode json(String body) {
        return JSON.readTree(body);
    }

    private HttpRequest.Builder request(String path, String user, String password) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json");
        if (language != null) {
            builder.header("Accept-Language", language);
        }
        if (user != null) {
            String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
            builder.header("Authorization", "Basic " + token);
        } else if (bearer != null) {
            builder.header("Authorization", "Bearer " + bearer);
        }
        return builder;
    }

    private Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body(), response.headers());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A response: status, content type and the body, readable as JSON; its headers. */
    public record Response(int status, String contentType, String body, java.net.http.HttpHeaders headers) {

        public JsonNode json() {
            return JSON.readTree(body);
        }

        public boolean isProblem() {
            return contentType.startsWith("application/problem+json");
        }
    }
}
