package vn.xaso.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.xaso.Api;
import vn.xaso.WebSession;
import vn.xaso.XasoTest;

/**
 * Updates of the national procedure catalog: new procedures offered under their national code, amended ones as new
 * versions (dossiers keep theirs), unchanged ones left alone, abolished ones no longer offered; bad updates refused
 * whole, naming the entry; only the province administrator imports.
 */
@XasoTest
class CatalogImportTests {

    @LocalServerPort
    int port;

    @Test
    void anUpdateAddsAmendsAndAbolishesProceduresByTheirNationalCode() {
        Api api = new Api(port);
        String birth = nationalCode();
        String residence = nationalCode();
        JsonNode first = importUpdate(api, "Quyết định số 101/QĐ-BTP ngày 01/12/2026", procedure(birth, "Đăng ký khai sinh lưu động " + birth, 0)
                + ", " + procedure(residence, "Xác nhận thông tin về cư trú " + residence, 0), "");
        assertThat(first.get("added")).extracting(JsonNode::asString).containsExactly(birth, residence);

        JsonNode offered = api.get("/api/v1/procedures?unit=H40.01&q=" + birth, "motcua.binhan").json();
        assertThat(offered.get("items").get(0).get("code").asString()).isEqualTo(birth);
        assertThat(offered.get("items").get(0).get("nationalCode").asString()).isEqualTo(birth);
        String dossier = api.post("/api/v1/dossiers", "motcua.binhan", """
                {"procedureCode": "%s", "unitCode": "H40.01", "channel": "COUNTER",
                 "applicant": {"fullName": "Lê Văn Nhập", "idNumber": "037190001234"}}""".formatted(birth)).json().get("code").asString();

        JsonNode second = importUpdate(api, "Quyết định số 202/QĐ-BTP ngày 05/12/2026",
                procedure(birth, "Đăng ký khai sinh lưu động " + birth, 8_000) + ", " + procedure(residence, "Xác nhận thông tin về cư trú " + residence, 0),
                "");
        assertThat(second.get("changed")).extracting(JsonNode::asString).containsExactly(birth);
        assertThat(second.get("unchanged").asInt()).isEqualTo(1);
        JsonNode amended = api.get("/api/v1/procedures/" + birth, "motcua.binhan").json();
        assertThat(amended.get("version").asInt()).isEqualTo(2);
        assertThat(amended.get("fee").get("amount").asLong()).isEqualTo(8_000);
        assertThat(api.get("/api/v1/dossiers/" + dossier, "motcua.binhan").json().get("procedureVersion").asInt())
                .as("a dossier stays on the version it was received under").isEqualTo(1);

        JsonNode third = importUpdate(api, "Quyết định số 303/QĐ-BTP ngày 06/12/2026", "", "\"" + residence + "\"");
        assertThat(third.get("abolished")).extracting(JsonNode::asString).containsExactly(residence);
        assertThat(api.get("/api/v1/procedures?unit=H40.01&q=" + residence, "motcua.binhan").json().get("items")).isEmpty();
        Api.Response refused = api.post("/api/v1/dossiers", "motcua.binhan", """
                {"procedureCode": "%s", "unitCode": "H40.01", "channel": "COUNTER",
                 "applicant": {"fullName": "Lê Văn Nhập", "idNumber": "037190001234"}}""".formatted(residence));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("procedureCode");

        JsonNode back = importUpdate(api, "Quyết định số 404/QĐ-BTP ngày 07/12/2026", procedure(residence, "Xác nhận thông tin về cư trú " + residence, 0), "");
        assertThat(back.get("changed")).as("published again: offered again").extracting(JsonNode::asString).containsExactly(residence);
        assertThat(api.get("/api/v1/procedures?unit=H40.01&q=" + residence, "motcua.binhan").json().get("items")).hasSize(1);
    }

    @Test
    void aBadUpdateIsRefusedWholeNamingTheEntryAndOnlyTheProvinceAdministratorImports() {
        Api api = new Api(port);
        String good = nationalCode();
        Api.Response bad = api.post("/api/v1/procedures/import", "admin", """
                {"decision": "Quyết định số 9/QĐ", "procedures": [%s, %s]}""".formatted(procedure(good, "Thủ tục tốt " + good, 0),
                procedure("1.23", "Thủ tục sai mã", 0)));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("procedures[1].nationalCode");
        assertThat(api.get("/api/v1/procedures/" + good, "admin").status()).as("nothing of it was kept").isEqualTo(404);

        Api.Response noTime = api.post("/api/v1/procedures/import", "admin", """
                {"decision": "Quyết định số 9/QĐ", "procedures": [{"nationalCode": "%s", "name": "X", "field": "Hộ tịch",
                 "level": "COMMUNE", "channels": ["COUNTER"], "resultName": "Y", "components": [{"name": "Z", "copyType": "ORIGINAL"}]}]}"""
                .formatted(good));
        assertThat(noTime.status()).isEqualTo(400);
        assertThat(noTime.body()).contains("procedures[0].processingTime");

        Api.Response twice = api.post("/api/v1/procedures/import", "admin", """
                {"decision": "Quyết định số 9/QĐ", "procedures": [%s, %s]}""".formatted(procedure(good, "A", 0), procedure(good, "B", 0)));
        assertThat(twice.status()).isEqualTo(400);
        assertThat(twice.body()).contains("procedures[1].nationalCode");

        Api.Response commune = api.post("/api/v1/procedures/import", "lanhdao.binhan", """
                {"decision": "Quyết định số 9/QĐ", "procedures": [%s]}""".formatted(procedure(good, "A", 0)));
        assertThat(commune.status()).isEqualTo(403);
    }

    @Test
    void theProvinceAdministratorUploadsTheUpdateOnTheCatalogPage() {
        WebSession admin = new WebSession(port);
        admin.login("admin", "demo");
        String code = nationalCode();
        byte[] file = """
                {"decision": "Quyết định số 505/QĐ-BTP ngày 08/12/2026", "procedures": [%s]}"""
                .formatted(procedure(code, "Thủ tục nhập từ tệp " + code, 0)).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        HttpResponse<String> posted = admin.postFile("/admin/catalog", "/admin/catalog/import", "file", "capnhat.json", file);
        assertThat(posted.statusCode()).isEqualTo(302);
        String page = admin.get("/admin/catalog").body();
        assertThat(page).contains("id=\"imported\"", "Quyết định số 505/QĐ-BTP ngày 08/12/2026", "thêm 1", "Thủ tục nhập từ tệp " + code);

        admin.postFile("/admin/catalog", "/admin/catalog/import", "file", "sai.json", "{\"decision\": \"X\", \"procedures\": [{\"nationalCode\": \"1.2\"}]}"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(admin.get("/admin/catalog").body()).contains("Mục procedures[0]");
        admin.postFile("/admin/catalog", "/admin/catalog/import", "file", "rong.json", "không phải JSON".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(admin.get("/admin/catalog").body()).contains("Không đọc được tệp");
    }

    private static JsonNode importUpdate(Api api, String decision, String procedures, String abolished) {
        Api.Response response = api.post("/api/v1/procedures/import", "admin", """
                {"decision": "%s", "procedures": [%s], "abolished": [%s]}""".formatted(decision, procedures, abolished));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().get("decision").asString()).isEqualTo(decision);
        return response.json();
    }

    /** The catalog import reads the national data's own shape too (catalog/procedures.csv), with the decision named. */
    @Test
    void rowsInTheNationalDataShapeComeInWithWhatTheyLeaveOpenToConfirm() {
        Api api = new Api(port);
        String csv = """
                national_code,name,field,processing_time,fee,online,components,legal_basis,source,source_date
                1.099001,Thủ tục thử nhập từ tệp CSV,Hộ tịch,5 [đơn vị không hiển thị trong nguồn],"8,000 VNĐ(Lệ phí)",\
                "kênh nộp theo nguồn: Trực tiếp; Trực tuyến","- Tờ khai (1 bản chính) | - Bản sao giấy tờ (0 bản chính, 1 bản sao)",\
                QĐ công bố: 1/QĐ-BTP | Căn cứ: 123/2015/NĐ-CP,tệp thử,2026-12-08
                """;
        Api.Response noDecision = api.send("/api/v1/procedures/import", "admin", "text/csv", csv);
        assertThat(noDecision.status()).isEqualTo(400);
        assertThat(noDecision.json().get("field").asString()).isEqualTo("decision");
        assertThat(api.send("/api/v1/procedures/import?decision=Q%C4%90%201", "motcua.binhan", "text/csv", csv).status()).isEqualTo(403);
        Api.Response badRow = api.send("/api/v1/procedures/import?decision=Q%C4%90%201", "admin", "text/csv",
                "national_code,name,field\n1.099002,,Hộ tịch\n");
        assertThat(badRow.status()).isEqualTo(400);
        assertThat(badRow.json().get("field").asString()).isEqualTo("procedures[0]");

        Api.Response imported = api.send("/api/v1/procedures/import?decision=Q%C4%90%20s%E1%BB%91%201%2FQ%C4%90-BTP", "admin", "text/csv", csv);
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        assertThat(imported.json().get("added").toString()).contains("1.099001");
        JsonNode p = api.get("/api/v1/procedures/1.099001", "admin").json();
        assertThat(p.get("fee").get("kind").asString()).isEqualTo("LE_PHI");
        assertThat(p.get("fee").get("amount").asLong()).isEqualTo(8_000);
        assertThat(p.get("decision").asString()).isEqualTo("1/QĐ-BTP");
        assertThat(p.get("toConfirm").toString()).contains("processingTime.unit");
        assertThat(p.get("components").get(1).get("copyType").asString()).isEqualTo("COPY");
    }

    private static String procedure(String nationalCode, String name, long fee) {
        return """
                {"nationalCode": "%s", "name": "%s", "field": "Hộ tịch", "level": "COMMUNE",
                 "processingTime": {"workingDays": 3}, "fee": %d, "fullyOnline": true, "channels": ["COUNTER", "ONLINE"],
                 "resultName": "Giấy xác nhận", "components": [{"name": "Tờ khai", "copyType": "ORIGINAL", "quantity": 1, "required": true}]}"""
                .formatted(nationalCode, name, fee);
    }

    /** A code in the national form, not one of the demo's: 9.xxxxxx. */
    private static String nationalCode() {
        return "9." + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
    }
}
