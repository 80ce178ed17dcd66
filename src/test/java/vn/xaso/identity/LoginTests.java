package vn.xaso.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.web.util.HtmlUtils;
import vn.xaso.Api;
import vn.xaso.WebSession;
import vn.xaso.XasoTest;

/** Logging in and out through the web form, wrong passwords, growing delays for guessers, CSRF and security headers. */
@XasoTest
class LoginTests {

    @LocalServerPort
    int port;
    @Autowired
    PasswordLogin login;
    WebSession web;
    Api api;

    @BeforeEach
    void setUp() {
        web = new WebSession(port);
        api = new Api(port);
    }

    @Test
    void officialLogsInSeesVietnameseHomeAndLogsOut() {
        assertThat(web.login("motcua.binhan", "demo")).endsWith("/");
        HttpResponse<String> home = web.get("/");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("Xin chào", "Xã Bình An", "Cán bộ một cửa");

        assertThat(web.logout()).endsWith("/login?logout");
        assertThat(web.get("/login?logout").body()).contains("Bạn đã đăng xuất.");
        assertThat(web.get("/").headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    @Test
    void homePageFitsTheRole() {
        web.login("admin", "demo");
        assertThat(web.get("/").body()).contains("Quản trị tỉnh", "Quản lý cán bộ", "Nhật ký hệ thống");
        WebSession clerk = new WebSession(port);
        clerk.login("vanthu.binhan", "demo");
        assertThat(HtmlUtils.htmlUnescape(clerk.get("/").body())).contains("Văn thư", "Vào sổ văn bản đến", "Hồ sơ lưu trữ")
                .doesNotContain("Quản lý cán bộ", "Soạn văn bản đi");
        WebSession monitor = new WebSession(port);
        monitor.login("theodoi", "demo");
        assertThat(monitor.get("/").body()).contains("Cán bộ theo dõi", "Đơn vị hành chính").doesNotContain("Quản lý cán bộ");
    }

    @Test
    void wrongPasswordGetsAClearMessage() {
        assertThat(web.login("chuyenvien.binhan", "wrong")).endsWith("/login?error");
        assertThat(web.get("/login?error").body()).contains("Tên đăng nhập hoặc mật khẩu không đúng");
        assertThat(web.login("nobody.at.all", "wrong")).endsWith("/login?error");
    }

    @Test
    void aStrangerGuessingAPasswordSlowsOnlyThemselvesAndTheOfficialStillLogsIn() {
        String user = TestOfficials.register(api, "doan.test", "H40.01", "COUNTER");
        for (int i = 0; i < 12; i++) {
            int attempt = i;
            assertThatThrownBy(() -> login.authenticate(attempt(user, "wrong-" + attempt, "203.0.113.9")))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> login.authenticate(attempt(user, TestOfficials.PASSWORD, "203.0.113.9")))
                .as("the guessing source is held back, even with the right password").isInstanceOf(BadCredentialsException.class);
        assertThat(login.authenticate(attempt(user, TestOfficials.PASSWORD, "198.51.100.7")).isAuthenticated())
                .as("the official at their own desk").isTrue();
        assertThat(web.login(user, TestOfficials.PASSWORD)).as("and through the form").doesNotContain("error");
        assertThat(api.get("/api/v1/me", user, TestOfficials.PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void wrongPasswordUnknownUserAndHeldBackAttemptGetTheSameAnswer() {
        String user = TestOfficials.register(api, "giong.test", "H40.01", "COUNTER");
        long started = System.nanoTime();
        Api.Response wrong = api.get("/api/v1/me", user, "wrong");
        Api.Response unknown = api.get("/api/v1/me", "khong.ton.tai", "wrong");
        for (int i = 0; i < 5; i++) {
            api.get("/api/v1/me", user, "wrong-" + i);
        }
        Api.Response held = api.get("/api/v1/me", user, TestOfficials.PASSWORD);
        long elapsedMillis = (System.nanoTime() - started) / 1_000_000;
        assertThat(List.of(wrong, unknown, held)).allSatisfy(r -> {
            assertThat(r.status()).isEqualTo(401);
            assertThat(r.body()).isEqualTo(wrong.body());
        });
        assertThat(elapsedMillis).as("every refusal answers after the same time").isGreaterThanOrEqualTo(8 * 150);
        assertThat(web.login("khong.ton.tai", "wrong")).endsWith("/login?error");
        assertThat(web.login(user, "wrong")).endsWith("/login?error");
    }

    private static UsernamePasswordAuthenticationToken attempt(String user, String password, String address) {
        var token = UsernamePasswordAuthenticationToken.unauthenticated(user, password);
        token.setDetails(new WebAuthenticationDetails(address, null));
        return token;
    }

    @Test
    void loginWithoutCsrfTokenIsRefused() {
        var response = web.postFormWithToken("/login", Map.of("username", "motcua.binhan", "password", "demo"), "");
        assertThat(response.statusCode()).isEqualTo(403);
    }

    @Test
    void pagesCarrySecurityHeadersAndAHttpOnlySessionCookie() {
        HttpResponse<String> login = web.get("/login");
        assertThat(login.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                assertThat(csp).contains("default-src 'self'", "frame-ancestors 'none'"));
        assertThat(login.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(login.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(login.headers().allValues("Set-Cookie")).anySatisfy(cookie ->
                assertThat(cookie).startsWith("XASO_SESSION=").contains("HttpOnly", "SameSite=Lax"));
    }

    @Test
    void englishOnRequestVietnameseByDefault() {
        assertThat(web.get("/login").body()).contains("Đăng nhập", "lang=\"vi\"");
        assertThat(web.get("/login?lang=en").body()).contains("Log in", "lang=\"en\"");
        assertThat(web.get("/login").body()).as("the choice is remembered").contains("Username");
    }

    @Test
    void pagesOfAnotherRoleAnswerAFriendly403() {
        web.login("chuyenvien.binhan", "demo");
        HttpResponse<String> page = web.get("/admin/officials");
        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.body()).contains("Bạn không có quyền truy cập").doesNotContain("Exception");
        assertThat(web.get("/units").statusCode()).isEqualTo(403);
        HttpResponse<String> missing = web.get("/no-such-page");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("Không tìm thấy trang");
    }
}
