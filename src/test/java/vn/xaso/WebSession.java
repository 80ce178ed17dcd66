package vn.xaso;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A browser-like HTTP session (cookies, CSRF token from the page, no automatic redirects) for web-flow tests. */
public final class WebSession {

    /** A form field whose value is appended as already-encoded text, for repeated fields. */
    public static final String RAW = "__raw";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final CookieManager cookies;
    private final HttpClient http;
    private final String base;

    public WebSession(int port) {
        this("localhost", port);
    }

    /** A browser reaching xaso by another name of the machine, e.g. {@code 127.0.0.1}. */
    public WebSession(String host, int port) {
        this("http://" + host + ":" + port, new CookieManager());
    }

    private WebSession(String base, CookieManager cookies) {
        this.base = base;
        this.cookies = cookies;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** The same browser (its cookies) going to another node of the cluster. */
    public WebSession on(int otherPort) {
        return new WebSession(base.substring(0, base.lastIndexOf(':') + 1) + otherPort, cookies);
    }

    public CookieManager cookies() {
        return cookies;
    }

    public HttpResponse<String> get(String path) {
        return get(path, "text/html");
    }

    public HttpResponse<String> get(String path, String accept) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", accept).GET());
    }

    /** Posts JSON as a page's script would, with the session's cookie and nothing else. */
    public HttpResponse<String> postJson(String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** Posts a form with the CSRF token taken from {@code pageWithForm}. */
    public HttpResponse<String> postForm(String pageWithForm, String path, Map<String, String> fields) {
        Matcher token = CSRF.matcher(get(pageWithForm).body());
        String csrf = token.find() ? token.group(1) : "";
        return postFormWithToken(path, fields, csrf);
    }

    public HttpResponse<String> postFormWithToken(String path, Map<String, String> fields, String csrf) {
        String body = fields.entrySet().stream()
                .filter(e -> !e.getKey().equals(RAW))
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&")) + fields.getOrDefault(RAW, "") + (csrf.isEmpty() ? "" : "&_csrf=" + encode(csrf));
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Posts a file as a multipart form, with the CSRF token taken from {@code pageWithForm}. */
    public HttpResponse<String> postFile(String pageWithForm, String path, String field, String fileName, byte[] content) {
        Matcher token = CSRF.matcher(get(pageWithForm).body());
        String csrf = token.find() ? token.group(1) : "";
        String boundary = "xaso" + System.nanoTime();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArrays(java.util.List.of(head, content, tail))));
    }

    /** Logs in through the login form; returns where the browser is sent next. */
    public String login(String username, String password) {
        return postForm("/login", "/login", Map.of("username", username, "password", password))
                .headers().firstValue("Location").orElse("");
    }

    public String logout() {
        return postForm("/", "/logout", Map.of()).headers().firstValue("Location").orElse("");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
