package vn.xaso.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.xaso.Api;
import vn.xaso.WebSession;
import vn.xaso.XasoTest;

/** The province administrator's queue of what the national data left open, and confirming it (API and page). */
@XasoTest
class CatalogConfirmationTests {

    @LocalServerPort
    int port;
    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    @Test
    void theQueueQuotesTheSourceAndAConfirmedTimeMakesTheProcedureReceivable() {
        JsonNode queue = api.get("/api/v1/procedures/to-confirm?limit=500", "admin").json().get("items");
        assertThat(queue.size()).isGreaterThan(100);
        assertThat(queue.toString()).contains("1.004859", "đơn vị không hiển thị");
        assertThat(api.get("/api/v1/procedures/to-confirm", "motcua.binhan").status()).isEqualTo(403);

        // Thay đổi, cải chính, bổ sung thông tin hộ tịch: the source gives "3" without a unit
        assertThat(api.put("/api/v1/procedures/1.004859/confirmation", "admin",
                "{\"processingTime\": {\"workingDays\": 0}}").json().get("field").asString()).isEqualTo("processingTime");
        assertThat(api.put("/api/v1/procedures/1.004859/confirmation", "admin",
                "{\"processingTime\": {\"workingDays\": 3}, \"fee\": {\"kind\": \"PHI\"}}").json().get("field").asString())
                .isEqualTo("fee");
        assertThat(api.put("/api/v1/procedures/1.004859/confirmation", "motcua.binhan",
                "{\"processingTime\": {\"workingDays\": 3}}").status()).isEqualTo(403);
        Api.Response confirmed = api.put("/api/v1/procedures/1.004859/confirmation", "admin", """
                {"processingTime": {"workingDays": 3}, "processingTimes": [{"channel": "ONLINE", "time": {"workingDays": 2}}],
                 "fee": {"kind": "LE_PHI", "amount": 15000, "exemptions": [{"reason": "Người thuộc hộ nghèo", "amount": 0}]}}""");
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
        JsonNode p = confirmed.json();
        assertThat(p.get("toConfirm").size()).isZero();
        assertThat(p.get("fee").get("amount").asLong()).isEqualTo(15_000);
        assertThat(p.get("processingTimes").toString()).contains("{\"channel\":\"ONLINE\",\"workingDays\":2}",
                "{\"channel\":\"COUNTER\",\"workingDays\":3}");
        assertThat(p.get("decision").asString()).as("provenance kept").isNotBlank();
        assertThat(api.get("/api/v1/procedures/to-confirm?limit=500", "admin").body()).doesNotContain("\"1.004859\"");
    }

    @Test
    void theAdministratorConfirmsFromThePageAndDecidesWhoCarriesOutWhat() {
        WebSession admin = new WebSession(port);
        admin.login("admin", Api.PASSWORD);
        String queue = admin.get("/admin/catalog/to-confirm").body();
        assertThat(queue).contains("confirm-1.000656", "Phí, lệ phí: mức thu do Hội đồng nhân dân tỉnh quyết định");
        var posted = admin.postForm("/admin/catalog/to-confirm", "/admin/catalog/1.000656/confirm",
                Map.of("timeKind", "WORKING_DAYS", "timeAmount", "1", "feeKind", "LE_PHI", "feeAmount", "8000"));
        assertThat(posted.statusCode()).isEqualTo(302);
        assertThat(admin.get("/admin/catalog/to-confirm").body()).contains("id=\"confirmed\"").doesNotContain("confirm-1.000656\"");
        JsonNode death = api.get("/api/v1/procedures/1.000656", "admin").json();
        assertThat(death.get("fee").get("amount").asLong()).isEqualTo(8_000);
        assertThat(death.get("fee").get("exemptions").toString()).as("the source's exemptions kept").contains("hộ nghèo");

        String offering = admin.get("/admin/catalog/offering?unit=H40.03&field=" + java.net.URLEncoder.encode("Chứng thực",
                java.nio.charset.StandardCharsets.UTF_8)).body();
        assertThat(offering).contains("offering-2.001019", "Tiếp nhận và giải quyết");
        assertThat(admin.postForm("/admin/catalog/offering?unit=H40.03", "/admin/catalog/offering",
                Map.of("unit", "H40.03", "codes", "2.001019", "offering", "NONE")).statusCode()).isEqualTo(302);
        assertThat(api.get("/api/v1/procedures?unit=H40.03&q=2.001019", "admin").body()).doesNotContain("\"2.001019\"");
    }
}
