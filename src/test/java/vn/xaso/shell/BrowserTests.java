package vn.xaso.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.xaso.Chromium;
import vn.xaso.XasoTest;

/** End to end in a real headless Chromium: what a counter officer sees on an office screen and on a phone. */
@XasoTest
class BrowserTests {

    @LocalServerPort
    int port;
    ChromeDriver browser;

    @AfterEach
    void quit() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void counterOfficerLogsInSwitchesToEnglishAndLogsOut() {
        browser = Chromium.start(1366, 768);
        browser.get("http://localhost:" + port + "/");
        assertThat(browser.getCurrentUrl()).endsWith("/login");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Đăng nhập");

        logIn("motcua.binhan", "demo");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Xin chào, Nguyễn Văn An!");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Xã Bình An", "Cán bộ một cửa");
        Chromium.screenshot(browser, "home-vi-1366");

        Chromium.clickAndWait(browser, By.linkText("English"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Hello, Nguyễn Văn An!");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Counter officer");

        Chromium.clickAndWait(browser, By.id("logout"));
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(ExpectedConditions.urlContains("/login?logout"));
        assertThat(browser.findElement(By.cssSelector("[role=status]")).getText()).isEqualTo("You have logged out.");
    }

    @Test
    void wrongPasswordIsExplainedInVietnamese() {
        browser = Chromium.start(1366, 768);
        browser.get("http://localhost:" + port + "/login?lang=vi");
        logIn("motcua.binhan", "sai-mat-khau");
        assertThat(browser.findElement(By.cssSelector("[role=alert]")).getText())
                .startsWith("Tên đăng nhập hoặc mật khẩu không đúng");
    }

    @Test
    void fitsAPhoneScreenWithoutSidewaysScrolling() {
        browser = Chromium.start(390, 844);
        browser.get("http://localhost:" + port + "/login?lang=vi");
        logIn("admin", "demo");
        browser.get("http://localhost:" + port + "/admin/officials?unit=H40.01");
        Chromium.screenshot(browser, "officials-vi-phone");
        Long overflow = (Long) browser.executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(overflow).isLessThanOrEqualTo(0L);
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("motcua.binhan");
    }

    private void logIn(String username, String password) {
        Chromium.logIn(browser, username, password);
    }
}
