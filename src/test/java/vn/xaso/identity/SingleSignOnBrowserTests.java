package vn.xaso.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.xaso.Chromium;
import vn.xaso.KeycloakServer;
import vn.xaso.SsoTest;

/**
 * Officials log in once at the province's Keycloak, through its own login page, and out of both; the provider's
 * logout and a disabled account end their xaso session; citizens log in with VNeID (a Keycloak realm with its claims).
 */
@SsoTest
class SingleSignOnBrowserTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    ChromeDriver browser;

    @AfterEach
    void quit() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aLeaderLogsInOnceAtTheProvinceSeesTheInboxAndLogsOutThereToo() {
        browser = Chromium.start(1280, 900);
        logInAtProvider("login-sso", "lanhdao.binhan");

        browser.get(xaso("/inbox"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Việc cần làm");
        assertThat(browser.findElement(By.cssSelector(".who strong")).getText()).isNotBlank();
        Chromium.screenshot(browser, "sso-leader-inbox");

        Chromium.clickAndWait(browser, By.id("logout"));
        awaitUrl("/login?logout");
        assertThat(browser.findElement(By.cssSelector("[role=status]")).getText()).isEqualTo("Bạn đã đăng xuất.");
        // logged out at the province too: its login page asks again instead of letting the browser straight back in
        Chromium.clickAndWait(browser, By.id("login-sso"));
        assertThat(browser.getCurrentUrl()).startsWith(KeycloakServer.url());
        assertThat(browser.findElements(By.id("kc-login"))).isNotEmpty();
    }

    @Test
    void theProvidersLogoutEndsTheXasoSessionOnWhicheverNodeItReaches() {
        String client = KeycloakServer.clientId("ninhbinh", "xaso");
        KeycloakServer.admin("PUT", "ninhbinh", "/clients/" + client, "{\"attributes\":{\"backchannel.logout.url\":\""
                + xaso("/logout/connect/back-channel/sso") + "\",\"backchannel.logout.session.required\":\"true\"}}");
        browser = Chromium.start(1280, 900);
        logInAtProvider("login-sso", "motcua.binhan");
        browser.get(xaso("/inbox"));
        assertThat(browser.getCurrentUrl()).isEqualTo(xaso("/inbox"));

        var loggedOut = KeycloakServer.admin("POST", "ninhbinh", "/users/" + KeycloakServer.userId("ninhbinh", "motcua.binhan")
                + "/logout", null);

        assertThat(loggedOut.statusCode()).isEqualTo(204);
        // Keycloak tells xaso on the back channel, as part of the logout or just after it
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> jdbc.sql(
                "select ended_why from web_session where username = 'motcua.binhan' and ended_at is not null")
                .query(String.class).list().contains("PROVIDER_LOGOUT"));
        browser.get(xaso("/inbox"));
        awaitUrl("/login?expired");
        assertThat(browser.findElement(By.cssSelector("[role=status]")).getText()).contains("Phiên làm việc đã kết thúc");
    }

    @Test
    void anAccountDisabledAtTheProviderCannotWorkAnyMore() {
        browser = Chromium.start(1280, 900);
        logInAtProvider("login-sso", "vanthu.binhan");
        browser.get(xaso("/inbox"));
        assertThat(browser.getCurrentUrl()).isEqualTo(xaso("/inbox"));
        String user = KeycloakServer.userId("ninhbinh", "vanthu.binhan");

        KeycloakServer.admin("PUT", "ninhbinh", "/users/" + user, "{\"enabled\":false}");
        try {
            // the next page after the session's recheck (every second here, every minute by default) is the login page
            new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> {
                d.get(xaso("/inbox"));
                return d.getCurrentUrl().endsWith("/login?expired");
            });
            Chromium.clickAndWait(browser, By.id("login-sso"));
            atProvider("vanthu.binhan");
            assertThat(browser.getCurrentUrl()).startsWith(KeycloakServer.url());
            assertThat(browser.findElement(By.tagName("body")).getText()).containsIgnoringCase("disabled");
        } finally {
            KeycloakServer.admin("PUT", "ninhbinh", "/users/" + user, "{\"enabled\":true}");
        }
    }

    @Test
    void anOfficialIsMatchedByTheDeclaredAttribute() {
        browser = Chromium.start(1280, 900);
        logInAtProvider("login-sso", "an.nguyenvan");

        assertThat(jdbc.sql("select username from web_session where ended_at is null and subject = ?")
                .param(KeycloakServer.userId("ninhbinh", "an.nguyenvan")).query(String.class).list())
                .containsExactly("chuyenvien.binhan");
        browser.get(xaso("/inbox"));
        assertThat(browser.getCurrentUrl()).isEqualTo(xaso("/inbox"));
    }

    @Test
    void someoneTheProviderKnowsButXasoDoesNotIsToldWhy() {
        browser = Chromium.start(1280, 900);
        logInAtProvider("login-sso", "khach.vanglai");

        assertThat(browser.getCurrentUrl()).isEqualTo(xaso("/login?refused=unknown-official"));
        assertThat(browser.findElement(By.id("refused")).getText()).contains("chưa gắn với cán bộ nào");
        browser.get(xaso("/inbox"));
        assertThat(browser.getCurrentUrl()).endsWith("/login");
    }

    @Test
    void aCitizenLogsInWithVneidAndSeesTheirOwnDossiers() {
        browser = Chromium.start(390, 844);
        logInAtProvider("login-vneid", "037095000001");

        browser.get(xaso("/portal/dossiers"));
        assertThat(browser.getCurrentUrl()).isEqualTo(xaso("/portal/dossiers"));
        assertThat(browser.findElement(By.cssSelector(".who strong")).getText()).isEqualTo("Phạm Minh Đức");
        // the citizen's account is the one with their ID number: the demo's congdan
        assertThat(jdbc.sql("select username from web_session where ended_at is null and username = 'congdan'")
                .query(String.class).list()).isNotEmpty();
        Chromium.screenshot(browser, "vneid-citizen-dossiers");

        // what they submit now is marked for the national portal as submitted by a VNeID-verified account
        browser.get(xaso("/portal/submit/TT-01"));
        Chromium.clickAndWait(browser, By.id("send"));
        String code = browser.findElement(By.cssSelector(".lead code")).getText();
        assertThat(jdbc.sql("select submitted_with_vneid from dossier where code = ?").param(code).query(Boolean.class).single())
                .isTrue();
    }

    @Test
    void aNewCitizenGetsAnAccountAndALevelOneAccountIsRefused() {
        browser = Chromium.start(390, 844);
        logInAtProvider("login-vneid", "037190000123");
        assertThat(jdbc.sql("select full_name from account where kind = 'CITIZEN' and id_number = '037190000123'")
                .query(String.class).single()).isEqualTo("Trần Thị Hoa");
        browser.quit();

        browser = Chromium.start(390, 844);
        logInAtProvider("login-vneid", "037199000777");
        assertThat(browser.getCurrentUrl()).isEqualTo(xaso("/login?refused=citizen-level"));
        assertThat(browser.findElement(By.id("refused")).getText()).contains("mức độ 2");
    }

    @Test
    void anAdministratorRequiresASecondFactorForThemselves() throws Exception {
        browser = Chromium.start(1280, 900);
        logInAtProvider("login-sso", "admin");
        browser.get(xaso("/profile"));
        assertThat(browser.findElement(By.id("second-factor")).getText()).contains("Bạn là quản trị");

        Chromium.clickAndWait(browser, By.id("setup-second-factor"));
        // Keycloak's own page: the authenticator app's secret, and the first code it shows
        assertThat(browser.getCurrentUrl()).startsWith(KeycloakServer.url());
        byte[] secret = browser.findElement(By.id("totpSecret")).getAttribute("value").getBytes(StandardCharsets.UTF_8);
        browser.findElement(By.id("totp")).sendKeys(totp(secret, Instant.now()));
        browser.findElement(By.id("userLabel")).sendKeys("Điện thoại");
        Chromium.clickAndWait(browser, By.id("saveTOTPBtn"));
        awaitUrl(xaso("/"));

        Chromium.clickAndWait(browser, By.id("logout"));
        awaitUrl("/login?logout");
        logInAtProvider("login-sso", "admin");
        // the password alone does not open the account any more
        assertThat(browser.getCurrentUrl()).startsWith(KeycloakServer.url());
        browser.findElement(By.id("otp")).sendKeys(totp(secret, Instant.now().plusSeconds(30)));
        Chromium.clickAndWait(browser, By.id("kc-login"));
        awaitUrl(xaso("/"));
        assertThat(browser.findElement(By.cssSelector(".who strong")).getText()).isNotBlank();
    }

    /** The authenticator app's code (RFC 6238: HMAC-SHA1, 30-second steps, 6 digits — Keycloak's default policy). */
    private static String totp(byte[] secret, Instant at) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA1");
        mac.init(new SecretKeySpec(secret, "HmacSHA1"));
        byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(at.getEpochSecond() / 30).array());
        int offset = hash[hash.length - 1] & 0x0f;
        int code = ((hash[offset] & 0x7f) << 24 | (hash[offset + 1] & 0xff) << 16 | (hash[offset + 2] & 0xff) << 8
                | hash[offset + 3] & 0xff) % 1_000_000;
        return String.format("%06d", code);
    }

    private void logInAtProvider(String button, String username) {
        browser.get(xaso("/login?lang=vi"));
        Chromium.clickAndWait(browser, By.id(button));
        assertThat(browser.getCurrentUrl()).startsWith(KeycloakServer.url());
        atProvider(username);
    }

    /** On Keycloak's own login page: the username, the password, and the button. */
    private void atProvider(String username) {
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys("demo");
        Chromium.clickAndWait(browser, By.id("kc-login"));
    }

    private void awaitUrl(String ending) {
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> d.getCurrentUrl().endsWith(ending)
                && "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    private String xaso(String path) {
        return "http://localhost:" + port + path;
    }
}
