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
}
