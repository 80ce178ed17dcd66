package vn.xaso.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.xaso.Api;
import vn.xaso.XasoTest;
import vn.xaso.organization.Organization;

/**
 * The real catalog at the counter: who carries out what (defaults from the data, the province's choice per unit or
 * for all), a procedure whose time is still to confirm, and a time in calendar days.
 */
@XasoTest
class CatalogOfferingTests {

    @LocalServerPort
    int port;
    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    @Test
    void commmuneOnlyProceduresAreCarriedOutAndSharedOnesReceivedByDefault() {
        assertThat(offering("H40.05", "1.004873")).isEqualTo("CARRY_OUT"); // Cấp xã
        assertThat(offering("H40.05", "2.000717")).isEqualTo("RECEIVE_ONLY"); // Cấp bộ, Cấp tỉnh, Cấp xã
        JsonNode detail = api.get("/api/v1/public/procedures/2.000717", null).json();
        assertThat(detail.get("nationalCode").asString()).isEqualTo("2.000717");
        assertThat(detail.get("processingTimes").get(0).get("workingDays").asInt()).isEqualTo(2);
        assertThat(detail.get("decision").asString()).isNotBlank();
        assertThat(detail.get("source").asString()).contains("dichvucong.gov.vn");
        assertThat(api.get("/api/v1/public/procedures/9.999999", null).status()).isEqualTo(404);
    }

    @Test
    void aUnitThatDoesNotOfferAProcedureSendsTheCitizenWhereItIsOffered() {
        assertThat(api.put("/api/v1/procedures/1.001601/offering", "motcua.thientruong",
                "{\"unit\": \"H40.02\", \"offering\": \"NONE\"}").status()).isEqualTo(403);
        assertThat(api.put("/api/v1/procedures/1.001601/offering", "admin", "{\"unit\": \"H40.02\", \"offering\": \"MAYBE\"}")
                .status()).isEqualTo(400);
        assertThat(api.put("/api/v1/procedures/9.999999/offering", "admin", "{\"unit\": \"H40.02\", \"offering\": \"NONE\"}")
                .status()).isEqualTo(404);
        Api.Response set = api.put("/api/v1/procedures/1.001601/offering", "admin", "{\"unit\": \"H40.02\", \"offering\": \"NONE\"}");
        assertThat(set.status()).as(set.body()).isEqualTo(200);
        assertThat(set.json().get("offering").asString()).isEqualTo("NONE");

        assertThat(codes("H40.02", "1.001601")).doesNotContain("1.001601");
        assertThat(codes("H40.01", "1.001601")).contains("1.001601");
        Api.Response refused = submit("motcua.thientruong", "1.001601", "H40.02");
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.json().get("field").asString()).isEqualTo("procedureCode");
        assertThat(refused.json().get("detail").asString()).contains("Xã Bình An");
    }

    @Test
    void theProvincesChoiceAppliesToAllItsUnitsUntilAUnitIsGivenItsOwn() {
        assertThat(api.put("/api/v1/procedures/2.000740/offering", "admin", "{\"unit\": \"H40\", \"offering\": \"NONE\"}")
                .status()).isEqualTo(200);
        assertThat(codes("H40.01", "2.000740")).doesNotContain("2.000740");
        assertThat(codes("H40.77", "2.000740")).doesNotContain("2.000740");
        assertThat(api.put("/api/v1/procedures/2.000740/offering", "admin", "{\"unit\": \"H40.77\", \"offering\": \"CARRY_OUT\"}")
                .status()).isEqualTo(200);
        assertThat(offering("H40.77", "2.000740")).isEqualTo("CARRY_OUT");
        assertThat(codes("H40.01", "2.000740")).doesNotContain("2.000740");

        Api.Response bulk = api.put("/api/v1/procedures/offering", "admin", """
                {"unit": "H40", "offering": "RECEIVE_ONLY", "codes": ["2.000740", "1.001601"]}""");
        assertThat(bulk.status()).as(bulk.body()).isEqualTo(200);
        assertThat(offering("H40.77", "2.000740")).as("the province's choice drops the units' own").isEqualTo("RECEIVE_ONLY");
        assertThat(offering("H40.02", "1.001601")).isEqualTo("RECEIVE_ONLY");
    }

    /** Issue 27 item 13: 766 indicators 1.1 and 3.1 count what the unit offers, not the whole catalog level. */
    @Test
    void theIndexCountsTheProceduresTheUnitOffers() {
        int before = offeredIn766("H40.09");
        int other = offeredIn766("H40.10");
        int certifications = api.get("/api/v1/procedures?unit=H40.09&limit=500&field="
                + java.net.URLEncoder.encode("Chứng thực", java.nio.charset.StandardCharsets.UTF_8), "admin").json().get("items").size();
        assertThat(before).isGreaterThan(400);
        assertThat(certifications).as("the national 12 and the demo's CT-01").isEqualTo(13);
        assertThat(api.put("/api/v1/procedures/offering", "admin", """
                {"unit": "H40.09", "offering": "NONE", "field": "Chứng thực"}""").status()).isEqualTo(200);
        assertThat(offeredIn766("H40.09")).isEqualTo(before - certifications);
        assertThat(offeredIn766("H40.10")).isEqualTo(other);
    }

    private int offeredIn766(String unit) {
        JsonNode index = api.get("/api/v1/reports/index-766?unit=" + unit + "&from=2026-01-01&to=2026-12-31", "admin").json();
        for (JsonNode group : index.get("groups")) {
            for (JsonNode indicator : group.get("indicators")) {
                if (indicator.get("code").asString().equals("1.1")) {
                    return indicator.get("denominator").asInt();
                }
            }
        }
        throw new AssertionError("no indicator 1.1 in " + index);
    }

    @Test
    void aProcedureWhoseTimeIsToConfirmCannotBeReceivedUntilConfirmed() {
        JsonNode detail = api.get("/api/v1/procedures/1.001193", "motcua.binhan").json();
        assertThat(detail.get("processingTimes").size()).isZero();
        List<String> items = new ArrayList<>();
        detail.get("toConfirm").forEach(t -> items.add(t.get("item").asString()));
        assertThat(items).contains("processingTime.unit");
        Api.Response refused = submit("motcua.binhan", "1.001193", "H40.01");
        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.json().get("detail").asString()).contains("1.001193", "chưa được xác nhận");
    }

    @Test
    void aTimeInCalendarDaysEndsAtTheCloseOfItsLastWorkingDay() {
        Api.Response received = submit("motcua.binhan", "1.005412", "H40.01"); // 45 Ngày
        assertThat(received.status()).as(received.body()).isEqualTo(201);
        JsonNode dossier = received.json();
        LocalDateTime receivedAt = OffsetDateTime.parse(dossier.get("receivedAt").asString())
                .atZoneSameInstant(Organization.ZONE).toLocalDateTime();
        LocalDateTime due = OffsetDateTime.parse(dossier.get("dueAt").asString()).atZoneSameInstant(Organization.ZONE)
                .toLocalDateTime();
        LocalDate last = receivedAt.toLocalDate().plusDays(45);
        assertThat(due.toLocalDate()).isAfterOrEqualTo(last).isBefore(last.plusDays(10));
        assertThat(due.toLocalTime()).hasHour(17);
    }

    private String offering(String unit, String code) {
        JsonNode items = api.get("/api/v1/procedures?limit=5&unit=" + unit + "&q=" + code, "admin").json().get("items");
        for (JsonNode item : items) {
            if (item.get("code").asString().equals(code)) {
                return item.get("offering").asString();
            }
        }
        return "NONE";
    }

    private List<String> codes(String unit, String q) {
        List<String> codes = new ArrayList<>();
        api.get("/api/v1/procedures?limit=20&unit=" + unit + "&q=" + q, "admin").json().get("items")
                .forEach(item -> codes.add(item.get("code").asString()));
        return codes;
    }

    /** A counter dossier with every component the procedure lists handed in. */
    private Api.Response submit(String counter, String procedure, String unit) {
        List<String> components = new ArrayList<>();
        api.get("/api/v1/procedures/" + procedure, counter).json().get("components").forEach(c -> components.add(
                "{\"name\": " + tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(c.get("name").asString())
                        + ", \"provided\": true}"));
        return api.post("/api/v1/dossiers", counter, """
                {"procedureCode": "%s", "unitCode": "%s", "channel": "COUNTER",
                 "applicant": {"fullName": "Vũ Văn Nam", "idNumber": "037199003333"}, "components": [%s]}"""
                .formatted(procedure, unit, String.join(", ", components)));
    }
}
