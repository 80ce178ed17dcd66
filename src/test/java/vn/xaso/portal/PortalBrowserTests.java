package vn.xaso.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.xaso.Chromium;
import vn.xaso.XasoTest;

/** A citizen submits online with a scan, then anyone with the code and ID number follows the dossier. */
@XasoTest
class PortalBrowserTests {

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
    void aCitizenSubmitsOnlineAndTracksTheDossier() throws Exception {
        browser = Chromium.start(390, 844);
        String base = "http://localhost:" + port;
        browser.get(base + "/login?lang=vi");
        Chromium.logIn(browser, "congdan", "demo");
        Chromium.clickAndWait(browser, By.cssSelector("a.card[href='/portal']"));
        Chromium.search(browser, By.id("q"), "tam tru");
        By procedure = By.xpath("//a[contains(@class,'card')][.//strong[text()='Đăng ký tạm trú']]");
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.elementToBeClickable(procedure));
        Chromium.clickAndWait(browser, procedure);
        Chromium.clickAndWait(browser, By.id("submit-online"));
        new Select(browser.findElement(By.id("unitCode"))).selectByVisibleText("Xã Bình An");
        browser.findElement(By.id("phone")).sendKeys("0901 234 567");
        Path scan = Files.createTempFile("to-khai", ".pdf");
        Files.write(scan, "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        browser.findElement(By.id("copy-0")).sendKeys(scan.toString());
        browser.findElement(By.id("scans")).sendKeys(scan.toString());
        Chromium.clickAndWait(browser, By.id("send"));
        String notice = browser.findElement(By.cssSelector("[role=status]")).getText();
        assertThat(notice).startsWith("Đã nộp hồ sơ H40.01-");
        String code = browser.findElement(By.cssSelector(".lead code")).getText();
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("Chờ tiếp nhận");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains(scan.getFileName().toString());
        Chromium.screenshot(browser, "portal-submitted-phone");
        assertThat(jdbc.sql("select submitted_with_vneid from dossier where code = ?").param(code).query(Boolean.class).single())
                .as("logged in with a password, not through VNeID").isFalse();
        assertThat(jdbc.sql("select count(*) from dossier_component where dossier_code = ? and provided and copy_file_id is not null")
                .param(code).query(Integer.class).single()).as("the first paper's own upload is its electronic copy").isOne();

        browser.manage().deleteAllCookies();
        browser.get(base + "/portal/track?lang=vi");
        browser.findElement(By.id("code")).sendKeys(code);
        browser.findElement(By.id("idNumber")).sendKeys("037095000009");
        Chromium.clickAndWait(browser, By.id("track"));
        assertThat(browser.findElement(By.cssSelector("[role=alert]")).getText()).startsWith("Không tìm thấy hồ sơ");
        browser.findElement(By.id("code")).clear();
        browser.findElement(By.id("code")).sendKeys(code);
        browser.findElement(By.id("idNumber")).sendKeys("037095000001");
        Chromium.clickAndWait(browser, By.id("track"));
        assertThat(browser.findElement(By.id("tracked")).getText()).contains("Đăng ký tạm trú", code, "Chờ tiếp nhận");
    }
}
