package vn.xaso.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.xaso.Api;
import vn.xaso.WebSession;
import vn.xaso.XasoTest;
import vn.xaso.audit.AuditTrail;

/** An administrator's day in the web UI: find, add, move officials; units; the audit page; htmx fragments. */
@XasoTest
class AdministrationPagesTests {

    @LocalServerPort
    int port;
    @Autowired
    AuditTrail trail;
    WebSession admin;

    @BeforeEach
    void logIn() {
        admin = new WebSession(port);
        admin.login("admin", "demo");
    }

    @Test
    void addsAnOfficialThroughTheForm() {
        Map<String, String> form = official("tiepnhan2.binhan", "H40.01", "12345678");
        HttpResponse<String> saved = admin.postForm("/admin/officials/new", "/admin/officials", form);
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(admin.get("/admin/officials?unit=H40.01").body()).contains("tiepnhan2.binhan", "Đã lưu cán bộ tiepnhan2.binhan");
        assertThat(new Api(port).get("/api/v1/me", "tiepnhan2.binhan", "12345678").status()).isEqualTo(200);
    }

    @Test
    void aFormWithMistakesIsShownAgainWithTheReasons() {
        HttpResponse<String> page = admin.postForm("/admin/officials/new", "/admin/officials",
                official("Sai Ten", "H40.01", "123"));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("chỉ gồm chữ thường không dấu", "mật khẩu cần ít nhất 8 ký tự", "value=\"Sai Ten\"");
    }

    @Test
    void movesAnOfficialToAnotherUnit() {
        admin.postForm("/admin/officials/new", "/admin/officials", official("diemuon.binhan", "H40.01", "12345678"));
        Map<String, String> move = official("diemuon.binhan", "H40.02", "");
        move.put("version", "0");
        assertThat(admin.postForm("/admin/officials/diemuon.binhan", "/admin/officials/diemuon.binhan", move).statusCode())
                .isEqualTo(302);
        assertThat(new Api(port).get("/api/v1/me", "diemuon.binhan", "12345678").json().get("unitCode").asString())
                .isEqualTo("H40.02");
        await().atMost(Duration.ofSeconds(10)).until(() -> trail.about("official", "diemuon.binhan").stream()
                .anyMatch(entry -> entry.action().equals("official.moved")));
    }

    @Test
    void searchAnswersHtmxWithTheResultsFragmentOnly() throws Exception {
        admin.get("/admin/officials");
        HttpResponse<String> full = admin.get("/admin/officials?q=binhan");
        assertThat(full.body()).contains("<html", "motcua.binhan");
        HttpResponse<String> fragment = htmx("/admin/officials?q=thi%C3%AAn%20tr%C6%B0%E1%BB%9Dng&unit=H40.02");
        assertThat(fragment.body()).doesNotContain("<html").contains("id=\"results\"");
        assertThat(htmx("/admin/officials?q=motcua.thientruong").body()).contains("motcua.thientruong").doesNotContain("motcua.binhan");
    }

    @Test
    void unitPagesShowMergerHistory() {
        String page = admin.get("/units/H40.01").body();
        assertThat(page).contains("Xã Bình An", "Hình thành từ", "Xã Ngọc Lũ", "Xã Trung Lương", "01/07/2025");
        assertThat(admin.get("/units?q=ngoc%20lu&history=true").body()).contains("13519");
    }

    @Test
    void auditPageChecksTheChain() {
        HttpResponse<String> checked = admin.postForm("/admin/audit", "/admin/audit/check", Map.of());
        assertThat(checked.body()).contains("Nhật ký toàn vẹn");
    }

    private HttpResponse<String> htmx(String path) throws Exception {
        // the same session cookie, with the header htmx sends
        HttpClient client = HttpClient.newBuilder().cookieHandler(admin.cookies()).build();
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("HX-Request", "true").GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Map<String, String> official(String username, String unit, String password) {
        Map<String, String> form = new HashMap<>();
        form.put("username", username);
        form.put("fullName", "Đỗ Thị Mai");
        form.put("unitCode", unit);
        form.put("title", "Cán bộ một cửa");
        form.put("roles", "COUNTER");
        form.put("active", "true");
        form.put("password", password);
        return form;
    }
}
