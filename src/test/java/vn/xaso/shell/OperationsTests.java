package vn.xaso.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.xaso.WebSession;
import vn.xaso.XasoTest;

/** What operations and integrators reach without logging in: health, metrics, the OpenAPI document. */
@XasoTest
class OperationsTests {

    @LocalServerPort
    int port;

    @Test
    void healthMetricsAndApiDocumentationAreServed() {
        WebSession anonymous = new WebSession(port);
        assertThat(anonymous.get("/actuator/health", "*/*").body()).contains("\"status\":\"UP\"");
        assertThat(anonymous.get("/actuator/prometheus", "*/*").body()).contains("jvm_memory_used_bytes", "hikaricp_connections");
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
}
