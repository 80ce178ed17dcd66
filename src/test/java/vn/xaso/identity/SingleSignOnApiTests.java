package vn.xaso.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.xaso.Api;
import vn.xaso.KeycloakServer;
import vn.xaso.SsoTest;

/** Other systems of the province call the API with the provider's bearer tokens (client credentials) beside HTTP Basic. */
@SsoTest
class SingleSignOnApiTests {

    @LocalServerPort
    int port;

    @Test
    void aSystemsTokenActsAsTheOfficialItsAccountIsDeclaredAs() {
        String token = KeycloakServer.clientToken("ninhbinh", "he-thong-bao-cao", "bao-cao-test-secret");
        Api system = new Api(port).withToken(token);

        var me = system.get("/api/v1/me", null);
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().path("username").asString()).isEqualTo("theodoi");
        assertThat(system.get("/api/v1/reports/ranking?from=2026-01-01&to=2026-12-31", null).status()).isEqualTo(200);
        // the monitor is read-only in xaso, whatever the provider says
        var write = system.post("/api/v1/units", null, "{\"code\":\"H40.999\",\"name\":\"Xã Thử\",\"level\":\"COMMUNE\"}");
        assertThat(write.status()).isEqualTo(403);
        assertThat(write.isProblem()).isTrue();
    }

    @Test
    void aTokenWhoseAccountIsNoOfficialOfXasoIsRefused() {
        String token = KeycloakServer.clientToken("ninhbinh", "he-thong-khac", "khac-test-secret");

        var refused = new Api(port).withToken(token).get("/api/v1/me", null);

        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.isProblem()).isTrue();
        assertThat(refused.json().path("detail").asString()).contains("service-account-he-thong-khac");
    }

    @Test
    void aForgedOrForeignTokenIsRefusedAndBasicStillWorks() {
        String forged = KeycloakServer.clientToken("ninhbinh", "he-thong-bao-cao", "bao-cao-test-secret");
        forged = forged.substring(0, forged.lastIndexOf('.') + 1) + "c2lnbmF0dXJl";

        assertThat(new Api(port).withToken(forged).get("/api/v1/me", null).status()).isEqualTo(401);
        assertThat(new Api(port).withToken("not-a-token").get("/api/v1/me", null).status()).isEqualTo(401);
        assertThat(new Api(port).get("/api/v1/me", "theodoi").json().path("username").asString()).isEqualTo("theodoi");
    }

    @Test
    void aDisabledSystemGetsNoMoreTokens() {
        String client = KeycloakServer.clientId("ninhbinh", "he-thong-bao-cao");
        KeycloakServer.admin("PUT", "ninhbinh", "/clients/" + client, "{\"enabled\":false}");
        try {
            var answer = KeycloakServer.token("ninhbinh", java.util.Map.of("grant_type", "client_credentials",
                    "client_id", "he-thong-bao-cao", "client_secret", "bao-cao-test-secret"));
            assertThat(answer.path("access_token").isMissingNode()).isTrue();
            assertThat(answer.path("error").asString()).isNotBlank();
        } finally {
            KeycloakServer.admin("PUT", "ninhbinh", "/clients/" + client, "{\"enabled\":true}");
        }
    }

    @Test
    void theApiDocumentDeclaresTheProvidersBearerTokensBesideBasic() {
        var docs = new Api(port).get("/v3/api-docs", "admin").json();
        var schemes = docs.path("components").path("securitySchemes");
        assertThat(schemes.path("basic").path("scheme").asString()).isEqualTo("basic");
        assertThat(schemes.path("bearer").path("scheme").asString()).isEqualTo("bearer");
        assertThat(schemes.path("bearer").path("description").asString()).contains(KeycloakServer.url() + "/realms/ninhbinh");
        assertThat(schemes.path("oidc").path("openIdConnectUrl").asString())
                .isEqualTo(KeycloakServer.url() + "/realms/ninhbinh/.well-known/openid-configuration");
    }
}
