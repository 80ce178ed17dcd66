package vn.xaso.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.util.HtmlUtils;
import vn.xaso.Api;
import vn.xaso.WebSession;
import vn.xaso.XasoTest;

/** The work-file pages walk a file from the list to the archive, where the page becomes read-only. */
@XasoTest
class ArchivePagesTests {

    @LocalServerPort
    int port;

    @Test
    void aTransferredFilePageIsReadOnly() {
        WebSession clerk = new WebSession(port);
        clerk.login("vanthu.thientruong", "demo");
        String list = HtmlUtils.htmlUnescape(clerk.get("/archive").body());
        assertThat(list).contains("Danh mục hồ sơ năm", "Thêm hồ sơ vào danh mục");
        assertThat(HtmlUtils.htmlUnescape(clerk.get("/archive?year=2026").body())).as("a year, not a number with a thousands dot")
                .contains("Danh mục hồ sơ năm 2026").doesNotContain("2.026");
        String location = clerk.postForm("/archive", "/archive", Map.of("code", "12.TP", "title", "Hồ sơ tư pháp 2026",
                "year", "2026", "retention", "20")).headers().firstValue("Location").orElseThrow();
        String page = location.replaceFirst("^http://localhost:\\d+", "");
        long document = new Api(port).post("/api/v1/documents/incoming", "vanthu.thientruong", """
                {"sender": {"name": "Phòng Tư pháp"}, "typeName": "Công văn", "subject": "Hướng dẫn chứng thực"}""")
                .json().get("id").asLong();
        clerk.postForm(page, page + "/items", Map.of("kind", "DOCUMENT", "ref", String.valueOf(document)));
        assertThat(HtmlUtils.htmlUnescape(clerk.get(page).body())).contains("Hướng dẫn chứng thực", "Đóng hồ sơ");
        clerk.postForm(page, page + "/close", Map.of());
        clerk.postForm(page, page + "/transfer", Map.of());

        String archived = HtmlUtils.htmlUnescape(clerk.get(page).body());
        assertThat(archived).contains("Đã nộp lưu trữ", "chỉ được xem").doesNotContain("/items\"", "/close\"", "/remove\"", "Bỏ ra");
        clerk.postForm(page, page + "/items", Map.of("kind", "DOCUMENT", "ref", String.valueOf(document)));
        assertThat(HtmlUtils.htmlUnescape(clerk.get(page).body())).contains("đã nộp vào lưu trữ cơ quan, không sửa được");

        WebSession outsider = new WebSession(port);
        outsider.login("vanthu.binhan", "demo");
        assertThat(outsider.get(page).statusCode()).isEqualTo(404);
    }

    @Test
    void theHandOverPageIsForAdministrators() {
        WebSession admin = new WebSession(port);
        admin.login("admin", "demo");
        assertThat(HtmlUtils.htmlUnescape(admin.get("/admin/hand-over").body())).contains("Bàn giao công việc");
        admin.postForm("/admin/hand-over", "/admin/hand-over", Map.of("from", "nobody.here", "to", "motcua.binhan"));
        assertThat(HtmlUtils.htmlUnescape(admin.get("/admin/hand-over").body())).contains("Không có cán bộ này.");
        WebSession clerk = new WebSession(port);
        clerk.login("vanthu.binhan", "demo");
        assertThat(clerk.get("/admin/hand-over").statusCode()).isEqualTo(403);
    }

    @Test
    void bothOfficialsFindTheRecordInTheirInboxAndSignItThemselves() {
        Api api = new Api(port);
        String giver = official(api, "Phạm Văn Giao"), taker = official(api, "Vũ Thị Nhận");
        WebSession admin = new WebSession(port);
        admin.login("admin", "demo");
        String location = admin.postForm("/admin/hand-over", "/admin/hand-over", Map.of("from", giver, "to", taker,
                "note", "Nghỉ hưu")).headers().firstValue("Location").orElseThrow();
        String page = location.replaceFirst("^http://localhost:\\d+", "");
        assertThat(page).matches("/hand-overs/\\d+");
        assertThat(HtmlUtils.htmlUnescape(admin.get(page).body())).contains("Phạm Văn Giao", "Vũ Thị Nhận", "chưa ký")
                .doesNotContain("id=\"sign-record\"");
        assertThat(HtmlUtils.htmlUnescape(admin.get("/admin/hand-over").body())).contains("Chờ ký");

        for (String official : java.util.List.of(taker, giver)) {
            WebSession session = new WebSession(port);
            session.login(official, PASSWORD);
            assertThat(HtmlUtils.htmlUnescape(session.get("/inbox").body())).contains("chờ bạn ký", "href=\"" + page + "\"");
            assertThat(session.get(page).body()).contains("id=\"sign-record\"");
            session.postForm(page, page + "/sign", Map.of());
            String signed = HtmlUtils.htmlUnescape(session.get(page).body());
            assertThat(signed).contains("Bạn đã ký biên bản bàn giao.").doesNotContain("id=\"sign-record\"");
            assertThat(HtmlUtils.htmlUnescape(session.get("/inbox").body())).doesNotContain("href=\"" + page + "\"");
        }
        assertThat(HtmlUtils.htmlUnescape(admin.get(page).body())).contains("Biên bản đã có chữ ký số của hai bên");

        WebSession stranger = new WebSession(port);
        stranger.login("chuyenvien.binhan", "demo");
        assertThat(stranger.get(page).statusCode()).isEqualTo(404);
    }

    private static final String PASSWORD = "Ban-giao-2026";

    private static String official(Api api, String fullName) {
        String username = "bangiao.h4006." + System.nanoTime() % 1_000_000;
        Api.Response created = api.post("/api/v1/officials", "admin", """
                {"username": "%s", "fullName": "%s", "unitCode": "H40.06", "roles": ["SPECIALIST"], "password": "%s"}"""
                .formatted(username, fullName, PASSWORD));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return username;
    }
}
