package vn.xaso;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real Keycloak for the single-sign-on tests: Maven unpacks {@code org.keycloak:keycloak-quarkus-dist} into
 * {@code target/} (the {@code keycloak.home} system property), and the first test class that needs it starts it once
 * for the whole run, on loopback, with a clean database and the realms of {@code src/test/resources/keycloak}:
 * {@code ninhbinh} (officials) and {@code vneid} (citizens). Its URL is then in the system property
 * {@code xaso.test.keycloak}, which the tests' Spring properties refer to.
 */
public final class KeycloakServer implements BeforeAllCallback {

    public static final String URL_PROPERTY = "xaso.test.keycloak";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static String url;

    @Override
    public void beforeAll(ExtensionContext context) {
        url();
    }

    /** Starts Keycloak the first time; its base URL, e.g. {@code http://127.0.0.1:41234}. */
    public static synchronized String url() {
        if (url == null) {
            url = start();
            System.setProperty(URL_PROPERTY, url);
        }
        return url;
    }

    private static String start() {
        String homeProperty = System.getProperty("keycloak.home");
        if (homeProperty == null || !Files.isDirectory(Path.of(homeProperty))) {
            throw new IllegalStateException("Keycloak is not unpacked (" + homeProperty + "): run the tests with "
                    + "'mvn verify' (or 'mvn test'), which unpacks org.keycloak:keycloak-quarkus-dist into target/");
        }
        Path home = Path.of(homeProperty).toAbsolutePath();
        try {
            Path data = home.resolve("data");
            deleteTree(data);
            Path imports = Files.createDirectories(data.resolve("import"));
            for (String realm : List.of("ninhbinh-realm.json", "vneid-realm.json")) {
                Files.copy(Path.of("src/test/resources/keycloak", realm), imports.resolve(realm),
                        StandardCopyOption.REPLACE_EXISTING);
            }
            int port = freePort();
            ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/kc.sh").toString(), "start-dev",
                    "--http-host=127.0.0.1", "--http-port=" + port, "--http-management-port=" + freePort(),
                    "--import-realm", "--cache=local")
                    .redirectErrorStream(true)
                    .redirectOutput(Path.of("target/keycloak.log").toFile());
            builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
            builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
            Process process = builder.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                process.descendants().forEach(ProcessHandle::destroy);
                process.destroy();
            }));
            String base = "http://127.0.0.1:" + port;
            awaitRealm(process, base, Duration.ofMinutes(4));
            return base;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void awaitRealm(Process process, String base, Duration patience) {
        Instant until = Instant.now().plus(patience);
        HttpRequest realm = HttpRequest.newBuilder(URI.create(base + "/realms/ninhbinh/.well-known/openid-configuration")).build();
        while (Instant.now().isBefore(until)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak stopped while starting: see target/keycloak.log");
            }
            try {
                if (HTTP.send(realm, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                process.waitFor(500, java.util.concurrent.TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("Keycloak did not start within " + patience + ": see target/keycloak.log");
    }

    /** An access token of a service account (client credentials). */
    public static String clientToken(String realm, String clientId, String secret) {
        return token(realm, Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", secret))
                .path("access_token").asString();
    }

    /** The token endpoint's whole answer, e.g. a refusal's {@code error}. */
    public static JsonNode token(String realm, Map<String, String> form) {
        return JSON.readTree(send(HttpRequest.newBuilder(URI.create(url() + "/realms/" + realm + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(form)))).body());
    }

    /** Calls the admin REST API of {@code realm} ({@code /admin/realms/{realm}} + path) as the bootstrap admin. */
    public static HttpResponse<String> admin(String method, String realm, String path, String json) {
        String token = token("master", Map.of("grant_type", "password", "client_id", "admin-cli", "username", "admin",
                "password", "admin")).path("access_token").asString();
        return send(HttpRequest.newBuilder(URI.create(url() + "/admin/realms/" + realm + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json)));
    }

    /** The provider's id of a user. */
    public static String userId(String realm, String username) {
        String found = admin("GET", realm, "/users?exact=true&username=" + encode(username), null).body();
        return JSON.readTree(found).path(0).path("id").asString();
    }

    /** The provider's id of a client. */
    public static String clientId(String realm, String clientId) {
        String found = admin("GET", realm, "/clients?clientId=" + encode(clientId), null).body();
        return JSON.readTree(found).path(0).path("id").asString();
    }

    public static JsonNode json(String body) {
        return JSON.readTree(body);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream().map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
