package vn.xaso.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.xaso.Api;
import vn.xaso.WebSession;
import vn.xaso.XasoTest;

/**
 * A procedure's guide tells both sides what the unit and the province most often ask to supplement and refuse for it,
 * with each item's share; a line about one citizen never shows.
 */
@XasoTest
class ProcedureGuideTests {

    private static final String PROCEDURE = "2.000908"; // Thủ tục cấp bản sao từ sổ gốc
    private static final String REASON = "Sổ gốc không còn lưu tại Ủy ban nhân dân xã";
    private static final String ONE_CITIZEN = "Ông Trần Văn Khải không phải người được cấp bản chính";

    @LocalServerPort
    int port;
    @Autowired
    GuideFigures figures;
    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    @Test
    void theGuideShowsWhatIsMostOftenSupplementedAndRefusedHereWithItsShare() {
        for (int i = 0; i < 3; i++) {
            submit("COUNTER"); // nothing handed in: a supplement request listing both papers
            refuse(submit("ONLINE"), REASON);
        }
        refuse(submit("ONLINE"), ONE_CITIZEN);
        figures.refresh();

        JsonNode guide = api.get("/api/v1/public/procedures/" + PROCEDURE + "/guide?unit=H40.01", null).json();
        assertThat(guide.get("nationalCode").asString()).isEqualTo(PROCEDURE);
        assertThat(guide.get("offering").asString()).isEqualTo("RECEIVE_ONLY");
        JsonNode supplemented = guide.get("oftenSupplemented");
        assertThat(supplemented.size()).isEqualTo(2);
        assertThat(supplemented.get(0).get("dossiers").asInt()).isEqualTo(3);
        assertThat(supplemented.get(0).get("outOf").asInt()).isEqualTo(7);
        assertThat(supplemented.get(0).get("share").asDouble()).isEqualTo(0.429);
        List<String> reasons = new ArrayList<>();
        guide.get("oftenRefused").forEach(r -> reasons.add(r.get("reason").asString()));
        assertThat(reasons).containsExactly(REASON).doesNotContain(ONE_CITIZEN);
        assertThat(guide.get("inProvince").get("scope").asString()).isEqualTo("H40");
        assertThat(guide.get("inProvince").get("oftenRefused").get(0).get("dossiers").asInt()).isGreaterThanOrEqualTo(3);
        assertThat(guide.toString()).doesNotContain("037199", "Lê Thị Hoa");

        WebSession browser = new WebSession(port);
        String page = browser.get("/portal/catalog/" + PROCEDURE + "?unit=H40.01").body();
        assertThat(page).contains("Mã thủ tục quốc gia", PROCEDURE, REASON, "3 hồ sơ trên 7", "Quyết định công bố")
                .doesNotContain(ONE_CITIZEN);
    }

    @Test
    void anUnknownProcedureOrUnitIsNamed() {
        assertThat(api.get("/api/v1/public/procedures/9.999999/guide", null).status()).isEqualTo(404);
        Api.Response unit = api.get("/api/v1/public/procedures/" + PROCEDURE + "/guide?unit=X99", null);
        assertThat(unit.status()).isEqualTo(400);
        assertThat(unit.json().get("field").asString()).isEqualTo("unit");
    }

    @Test
    void everyRealProceduresGuidePageOpens() {
        WebSession browser = new WebSession(port);
        for (String code : List.of("1.001193", "2.000815", "3.000442", "1.001612", "KS-01")) {
            var page = browser.get("/portal/catalog/" + code);
            assertThat(page.statusCode()).as(code).isEqualTo(200);
        }
        assertThat(browser.get("/portal/catalog/2.000815").body()).contains("Phí: 2.000 đồng/trang", "tối đa 200.000 đồng một bản");
        assertThat(browser.get("/portal/catalog/1.001193").body()).contains("Chưa xác nhận");
        assertThat(browser.get("/portal/catalog/3.000442").body()).contains("Trực tuyến: 30 ngày (tính cả ngày nghỉ)",
                "Trực tiếp tại quầy: 30 ngày làm việc");
    }

    @Test
    void citizensBrowseTheCatalogByField() {
        WebSession browser = new WebSession(port);
        String certifications = browser.get("/portal?field=" + java.net.URLEncoder.encode("Chứng thực",
                java.nio.charset.StandardCharsets.UTF_8)).body();
        assertThat(certifications).contains("/portal/catalog/2.000815", "/portal/catalog/CT-01", "<option value=\"Hộ tịch\"")
                .doesNotContain("/portal/catalog/1.001193");
        assertThat(browser.get("/portal?q=khai+sinh").body()).contains("/portal/catalog/1.001193");
    }

    private String submit(String channel) {
        Api.Response response = api.post("/api/v1/dossiers", "motcua.binhan", """
                {"procedureCode": "%s", "unitCode": "H40.01", "channel": "%s",
                 "applicant": {"fullName": "Lê Thị Hoa", "idNumber": "037199004444"}, "components": []}"""
                .formatted(PROCEDURE, channel));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("code").asString();
    }

    private void refuse(String code, String reason) {
        Api.Response response = api.post("/api/v1/dossiers/" + code + "/actions/refuse", "motcua.binhan",
                "{\"reason\": \"" + reason + "\"}");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
    }
}
