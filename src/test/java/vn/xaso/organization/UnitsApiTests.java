package vn.xaso.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.xaso.Api;
import vn.xaso.XasoTest;

/** {@code /api/v1/units}: the demo province, paging, search, and administrators recording a merger. */
@XasoTest
class UnitsApiTests {

    @LocalServerPort
    int port;
    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    @Test
    void theDemoProvinceHasItsCommunesInOrder() {
        // departments other tests create are not the demo's communes
        List<JsonNode> units = all("/api/v1/units?limit=40").stream().filter(u -> !u.get("level").asString().equals("DEPARTMENT")).toList();
        assertThat(units).hasSize(130);
        assertThat(units.get(0).get("code").asString()).isEqualTo("H40");
        assertThat(units.get(1).get("name").asString()).isEqualTo("Xã Bình An");
        assertThat(units.get(1).get("statCode").asString()).isEqualTo("13540");
        assertThat(units.get(2).get("name").asString()).isEqualTo("Phường Thiên Trường");
        assertThat(units.get(2).get("statCode").asString()).isEqualTo("13684");
        assertThat(units.get(129).get("code").asString()).isEqualTo("H40.129");
        assertThat(units.stream().skip(1).map(u -> u.get("parent").asString())).containsOnly("H40");
        assertThat(units.stream().map(u -> u.get("code").asString())).doesNotHaveDuplicates();
    }

    @Test
    void aUnitShowsWhatItWasFormedFrom() {
        JsonNode binhAn = api.get("/api/v1/units/H40.01", "motcua.binhan").json();
        assertThat(binhAn.get("level").asString()).isEqualTo("COMMUNE");
        assertThat(binhAn.get("validFrom").asString()).isEqualTo("2025-07-01");
        List<String> formers = new ArrayList<>();
        binhAn.get("mergedFrom").forEach(m -> formers.add(m.get("predecessorName").asString()));
        assertThat(formers).containsExactlyInAnyOrder("Xã Trung Lương", "Xã Ngọc Lũ", "Xã Bình An");

        JsonNode trungLuong = api.get("/api/v1/units/13546", "motcua.binhan").json();
        assertThat(trungLuong.get("validTo").asString()).isEqualTo("2025-06-30");
        assertThat(trungLuong.get("successor").asString()).isEqualTo("H40.01");
    }

    @Test
    void searchWorksWithOrWithoutDiacritics() {
        assertThat(codes("/api/v1/units?q=binh%20an")).contains("H40.01");
        assertThat(codes("/api/v1/units?q=Thi%C3%AAn%20Tr%C6%B0%E1%BB%9Dng")).containsExactly("H40.02");
        assertThat(codes("/api/v1/units?q=13684")).containsExactly("H40.02");
        assertThat(codes("/api/v1/units?q=trung%20luong")).as("former units only on request").isEmpty();
        assertThat(codes("/api/v1/units?q=trung%20luong&includeHistory=true")).contains("13546");
    }

    @Test
    void anUnknownUnitIs404() {
        Api.Response response = api.get("/api/v1/units/H40.999", "motcua.binhan");
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.isProblem()).isTrue();
    }

    @Test
    void onlyProvinceAdministratorsCreateUnits() {
        String body = """
                {"code": "H40.S01", "name": "Sở Tư pháp", "type": "DEPARTMENT", "parentCode": "H40", "validFrom": "2025-07-01"}""";
        assertThat(api.post("/api/v1/units", "lanhdao.binhan", body).status()).isEqualTo(403);
        Api.Response created = api.post("/api/v1/units", "admin", body);
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("level").asString()).isEqualTo("DEPARTMENT");
        assertThat(api.post("/api/v1/units", "admin", body).status()).isEqualTo(409);
    }

    @Test
    void unitInputIsChecked() {
        assertField(api.post("/api/v1/units", "admin", """
                {"code": "H40.X1", "name": "Xã Thử", "type": "COMMUNE", "parentCode": "H99", "validFrom": "2025-07-01"}"""), "parentCode");
        assertField(api.post("/api/v1/units", "admin", """
                {"code": "H40.X1", "name": "Xã Thử", "type": "COMMUNE", "parentCode": "H40", "validFrom": "2025-07-01", "validTo": "2025-01-01"}"""), "validTo");
        assertField(api.post("/api/v1/units", "admin", """
                {"code": "H40.X1", "type": "COMMUNE", "parentCode": "H40", "validFrom": "2025-07-01"}"""), "name");
        assertField(api.post("/api/v1/units", "admin", """
                {"code": "h40 x1", "name": "Xã Thử", "type": "COMMUNE", "parentCode": "H40", "validFrom": "2025-07-01"}"""), "code");
        assertField(api.post("/api/v1/units", "admin", """
                {"code": "H40.X1", "name": "Xã Thử", "type": "VILLAGE", "parentCode": "H40", "validFrom": "2025-07-01"}"""), "type");
    }

    @Test
    void aMergerEndsTheOldUnitAndLinksItsSuccessor() {
        api.post("/api/v1/units", "admin", """
                {"code": "H40.M1", "name": "Xã Cũ Một", "type": "COMMUNE", "parentCode": "H40", "validFrom": "2025-07-01"}""");
        api.post("/api/v1/units", "admin", """
                {"code": "H40.M2", "name": "Xã Mới Hai", "type": "COMMUNE", "parentCode": "H40", "validFrom": "2027-01-01",
                 "mergedFrom": [{"code": "H40.M1", "partial": false}]}""");
        Api.Response ended = api.put("/api/v1/units/H40.M1", "admin", """
                {"code": "H40.M1", "name": "Xã Cũ Một", "type": "COMMUNE", "parentCode": "H40", "validFrom": "2025-07-01",
                 "validTo": "2026-01-01", "successorCode": "H40.M2"}""");
        assertThat(ended.status()).as(ended.body()).isEqualTo(200);
        assertThat(ended.json().get("successor").asString()).isEqualTo("H40.M2");
        assertThat(codes("/api/v1/units?q=cu%20mot")).isEmpty();
        assertThat(codes("/api/v1/units?q=cu%20mot&includeHistory=true")).containsExactly("H40.M1");
        assertThat(api.get("/api/v1/units/H40.M2", "admin").json().get("mergedFrom").get(0).get("predecessorCode").asString())
                .isEqualTo("H40.M1");
    }

    private void assertField(Api.Response response, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.isProblem()).isTrue();
        assertThat(response.json().get("field").asString()).isEqualTo(field);
    }

    private List<String> codes(String path) {
        List<String> codes = new ArrayList<>();
        api.get(path, "admin").json().get("items").forEach(unit -> codes.add(unit.get("code").asString()));
        return codes;
    }

    private List<JsonNode> all(String path) {
        List<JsonNode> units = new ArrayList<>();
        String cursor = null;
        do {
            JsonNode page = api.get(path + (cursor == null ? "" : "&cursor=" + cursor), "motcua.binhan").json();
            page.get("items").forEach(units::add);
            cursor = page.get("next").isNull() ? null : page.get("next").asString();
        } while (cursor != null);
        return units;
    }

    /** The administrator enters the fee collector's details on the unit's page; a wrong tax code is shown beside its field. */
    @Test
    void theAdministratorEntersTheFeeCollectorOnTheUnitsPage() {
        vn.xaso.WebSession admin = new vn.xaso.WebSession(port);
        admin.login("admin", "demo");
        assertThat(admin.get("/units/H40.05").body()).contains("id=\"fee-collector-form\"", "id=\"collector-missing\"",
                "Mã số thuế của đơn vị thu");
        var wrong = admin.postForm("/units/H40.05", "/admin/units/H40.05/fee-collector",
                java.util.Map.of("taxCode", "12-34", "receiptForm", "", "receiptSeries", ""));
        assertThat(wrong.statusCode()).isEqualTo(200);
        assertThat(wrong.body()).contains("class=\"field-error\"", "Mã số thuế gồm 10 chữ số");
        var saved = admin.postForm("/units/H40.05", "/admin/units/H40.05/fee-collector",
                java.util.Map.of("taxCode", "2700999999", "receiptForm", "01BLP0-001", "receiptSeries", "AB-26E"));
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(admin.get("/units/H40.05").body()).contains("Đã lưu thông tin thu phí, lệ phí", "2700999999")
                .doesNotContain("id=\"collector-missing\"");
        assertThat(api.get("/api/v1/units/H40.05/fee-collector", "admin").json().get("receiptSeries").asString()).isEqualTo("AB-26E");
        admin.postForm("/units/H40.05", "/admin/units/H40.05/fee-collector", java.util.Map.of());
    }
}
