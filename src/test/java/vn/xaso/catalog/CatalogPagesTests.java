package vn.xaso.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.xaso.Api;
import vn.xaso.WebSession;
import vn.xaso.XasoTest;

/** The catalog pages: publishing a version through the form, and editing a unit's steps row by row. */
@XasoTest
class CatalogPagesTests {

    @LocalServerPort
    int port;
    WebSession admin;
    Api api;

    @BeforeEach
    void setUp() {
        admin = new WebSession(port);
        admin.login("admin", "demo");
        api = new Api(port);
    }

    @Test
    void publishesANewVersionThroughTheForm() {
        assertThat(api.post("/api/v1/procedures", "admin", """
                {"code": "XN-09", "name": "Xác nhận thông tin hộ tịch", "field": "Hộ tịch", "level": "COMMUNE",
                 "processingTime": {"workingDays": 3}, "channels": ["COUNTER"], "resultName": "Văn bản xác nhận",
                 "components": [{"name": "Tờ khai xác nhận thông tin hộ tịch", "copyType": "ORIGINAL", "quantity": 1, "required": true}]}""")
                .status()).isEqualTo(201);
        int before = api.get("/api/v1/procedures/XN-09", "admin").json().get("version").asInt();
        String page = org.springframework.web.util.HtmlUtils.htmlUnescape(admin.get("/admin/catalog/XN-09/edit").body());
        assertThat(page).contains("Xác nhận thông tin hộ tịch", "Tờ khai xác nhận thông tin hộ tịch | ORIGINAL | 1 | required");
        HttpResponse<String> saved = admin.postForm("/admin/catalog/XN-09/edit", "/admin/catalog", new java.util.HashMap<>(java.util.Map.of(
                "code", "XN-09", "name", "Xác nhận thông tin hộ tịch", "field", "Hộ tịch", "level", "COMMUNE",
                "timeKind", "WORKING_DAYS", "timeAmount", "2", "fee", "0", "channels", "COUNTER",
                "resultName", "Văn bản xác nhận",
                "components", "Tờ khai xác nhận thông tin hộ tịch | ORIGINAL | 1 | required")));
        assertThat(saved.statusCode()).isEqualTo(302);
        JsonNode latest = api.get("/api/v1/procedures/XN-09", "admin").json();
        assertThat(latest.get("version").asInt()).isEqualTo(before + 1);
        assertThat(latest.get("processingTime").get("workingDays").asInt()).isEqualTo(2);
    }

    @Test
    void editsAUnitsStepsRowByRow() {
        String page = org.springframework.web.util.HtmlUtils.htmlUnescape(admin.get("/admin/catalog/KS-01/workflow?unit=H40.04").body());
        assertThat(page).contains("quy trình chung của H40", "Phân công xử lý", "Thẩm định, đề xuất kết quả");
        HttpResponse<String> added = admin.postForm("/admin/catalog/KS-01/workflow?unit=H40.04",
                "/admin/catalog/KS-01/workflow", form(steps(), "add"));
        assertThat(added.statusCode()).isEqualTo(200);
        assertThat(org.springframework.web.util.HtmlUtils.htmlUnescape(added.body())).contains("Bước mới");
        HttpResponse<String> saved = admin.postForm("/admin/catalog/KS-01/workflow?unit=H40.04",
                "/admin/catalog/KS-01/workflow", form(steps(), "save"));
        assertThat(saved.statusCode()).isEqualTo(302);
        JsonNode workflow = api.get("/api/v1/procedures/KS-01/workflow?unit=H40.04", "admin").json();
        assertThat(workflow.get("definedBy").asString()).isEqualTo("H40.04");
        List<String> names = new ArrayList<>();
        workflow.get("steps").forEach(step -> names.add(step.get("name").asString()));
        assertThat(names).containsExactly("Tiếp nhận", "Phân công", "Xử lý", "Duyệt", "Trả kết quả");
    }

    private static List<String[]> steps() {
        return List.of(
                new String[] {"receive", "Tiếp nhận", "RECEIVE", "COUNTER", "0"},
                new String[] {"assign", "Phân công", "ASSIGN", "LEADER", "10"},
                new String[] {"process", "Xử lý", "PROCESS", "SPECIALIST", "70"},
                new String[] {"approve", "Duyệt", "APPROVE", "LEADER", "20"},
                new String[] {"return", "Trả kết quả", "RETURN", "COUNTER", "0"});
    }

    /** The page's form as a browser posts it: parallel fields, one value per row. */
    private static java.util.Map<String, String> form(List<String[]> steps, String op) {
        return new MultiValueForm(steps, op);
    }

    /** A form whose repeated fields are joined the way the test's WebSession encodes a map. */
    private static final class MultiValueForm extends java.util.LinkedHashMap<String, String> {
        MultiValueForm(List<String[]> steps, String op) {
            put("unit", "H40.04");
            put("op", op);
            StringBuilder extra = new StringBuilder();
            for (String[] s : steps) {
                extra.append("&key=").append(enc(s[0])).append("&name=").append(enc(s[1])).append("&kind=").append(s[2])
                        .append("&role=").append(s[3]).append("&budget=").append(s[4]).append("&assignee=&guidance=");
            }
            put("__raw", extra.toString());
        }

        private static String enc(String value) {
            return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}
