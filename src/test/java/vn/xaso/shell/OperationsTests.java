package vn.xaso.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.xaso.WebSession;
import vn.xaso.XasoTest;

/** What operations and integrators reach: health and the OpenAPI document without logging in, metrics with a collector's account. */
@XasoTest
class OperationsTests {

    @LocalServerPort
    int port;

    @Test
    void healthMetricsAndApiDocumentationAreServed() {
        WebSession anonymous = new WebSession(port);
        assertThat(anonymous.get("/actuator/health", "*/*").body()).contains("\"status\":\"UP\"");
        assertThat(anonymous.get("/actuator/prometheus", "*/*").statusCode()).as("metrics: not for anyone").isEqualTo(401);
        assertThat(metrics("theodoi", "demo").statusCode()).isEqualTo(403);
        var metrics = metrics("admin", "demo");
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes", "hikaricp_connections");

        // a collector's own account reads the metrics and nothing else
        String collector = "prometheus" + System.nanoTime() % 100_000;
        var created = new vn.xaso.Api(port).post("/api/v1/officials", "admin", """
                {"username": "%s", "fullName": "Prometheus", "unitCode": "H40", "title": "Hệ thống giám sát",
                 "roles": ["METRICS"], "password": "mat-khau-giam-sat"}""".formatted(collector));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(metrics(collector, "mat-khau-giam-sat").statusCode()).isEqualTo(200);
        assertThat(new vn.xaso.Api(port).get("/api/v1/dossiers?unit=H40", collector, "mat-khau-giam-sat").body())
                .doesNotContain("\"code\":\"H40");
        String openApi = anonymous.get("/v3/api-docs", "*/*").body();
        assertThat(openApi).contains("/api/v1/me", "/api/v1/units", "/api/v1/officials");
        HttpResponse<String> swagger = anonymous.get("/swagger-ui/index.html");
        assertThat(swagger.statusCode()).isEqualTo(200);
        assertThat(swagger.body()).contains("swagger-ui");
    }

    /** Basic or the provider's bearer token for every operation; none for the public ones. */
    @Test
    void theApiDocumentSaysHowEachOperationIsCalled() {
        var docs = new vn.xaso.Api(port).get("/v3/api-docs", "admin").json();
        var schemes = docs.path("components").path("securitySchemes");
        assertThat(schemes.path("basic").path("type").asString()).isEqualTo("http");
        assertThat(schemes.path("bearer").path("scheme").asString()).isEqualTo("bearer");
        assertThat(schemes.path("bearer").path("bearerFormat").asString()).isEqualTo("JWT");
        assertThat(docs.path("security").toString()).contains("basic", "bearer");
        var track = docs.path("paths").path("/api/v1/public/dossiers/{code}").path("get");
        assertThat(track.path("security").isArray()).isTrue();
        assertThat(track.path("security")).isEmpty();
        assertThat(docs.path("paths").path("/api/v1/me").path("get").path("security").isMissingNode())
                .as("the document's own: basic or bearer").isTrue();
    }

    /** The metrics as a collector asks for them: HTTP Basic, any type of text. */
    private HttpResponse<String> metrics(String user, String password) {
        try {
            return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create("http://localhost:" + port + "/actuator/prometheus")).header("Authorization", "Basic "
                    + java.util.Base64.getEncoder().encodeToString((user + ":" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                    .header("Accept", "text/plain").build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
