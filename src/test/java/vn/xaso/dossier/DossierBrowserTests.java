package vn.xaso.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.xaso.Chromium;
import vn.xaso.XasoTest;

/** The whole one-stop path in a real browser: counter → leader → specialist → leader → counter. */
@XasoTest
class DossierBrowserTests {

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
    void counterLeaderSpecialistLeaderCounter() {
        browser = Chromium.start(1366, 768);
        logInAs("motcua.binhan");
        Chromium.clickAndWait(browser, By.cssSelector("a.card[href='/dossiers/new']"));
        Chromium.search(browser, By.id("q"), "dang ky kinh doanh");
        By procedure = By.xpath("//a[contains(@class,'card')][.//strong[text()='Đăng ký thành lập hộ kinh doanh']]");
        wait.until(ExpectedConditions.elementToBeClickable(procedure));
        Chromium.clickAndWait(browser, procedure);
        for (WebElement box : browser.findElements(By.cssSelector("input[name=provided]"))) {
            box.click();
        }
        browser.findElement(By.id("idNumber")).sendKeys("037188002222");
        // the population database answers the typed number (this one it does not know); the officer reads it and goes on
        wait.until(d -> !d.findElement(By.id("lookup")).getText().isBlank());
        browser.findElement(By.id("fullName")).sendKeys("Đinh Thị Hoa");
        browser.findElement(By.id("phone")).sendKeys("0988 123 456");
        browser.findElement(By.id("address")).sendKeys("Thôn Ngọc Lũ, xã Bình An");
        Chromium.clickAndWait(browser, By.id("receive"));
        String notice = browser.findElement(By.cssSelector("[role=status]")).getText();
        assertThat(notice).startsWith("Đã tiếp nhận hồ sơ H40.01-");
        String code = browser.findElement(By.cssSelector(".lead code")).getText();
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("Đã tiếp nhận");
        assertThat(browser.findElement(By.partialLinkText("Mẫu 01")).getAttribute("href")).endsWith("/forms/01");
        Chromium.screenshot(browser, "dossier-received");

        logInAs("lanhdao.binhan");
        openFromInbox(code);
        new Select(browser.findElement(By.id("assignee"))).selectByValue("chuyenvien.binhan");
        Chromium.clickAndWait(browser, By.id("do-assign"));
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("Đang xử lý");

        logInAs("chuyenvien.binhan");
        openFromInbox(code);
        browser.findElement(By.id("summary")).sendKeys("Hồ sơ đầy đủ, đủ điều kiện cấp giấy chứng nhận.");
        Chromium.clickAndWait(browser, By.id("do-propose"));
        assertThat(browser.findElement(By.cssSelector("[role=status]")).getText()).startsWith("Đã trình kết quả");

        logInAs("lanhdao.binhan");
        openFromInbox(code);
        Chromium.clickAndWait(browser, By.id("do-approve"));
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("Có kết quả, chờ trả");

        logInAs("motcua.binhan");
        openFromInbox(code);
        assertThat(browser.findElements(By.id("do-return-result"))).as("not before the fee is collected").isEmpty();
        Chromium.clickAndWait(browser, By.id("do-record-payment"));
        Chromium.clickAndWait(browser, By.id("do-return-result"));
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("Đã trả kết quả");
        assertThat(browser.findElement(By.cssSelector("ol.timeline")).getText())
                .contains("Tiếp nhận", "Phân công", "Trình kết quả", "Phê duyệt", "Trả kết quả");
        Chromium.screenshot(browser, "dossier-returned");
    }

    /**
     * The counter types a 12-digit ID number and the applicant's name, birth date and address fill in from the
     * population database (the demo's simulator); with the database down the page says so and the dossier is
     * received as usual, "not checked yet".
     */
    @Test
    void typingAnIdNumberFillsTheApplicantFromThePopulationDatabase() {
        browser = Chromium.start(1366, 768);
        logInAs("motcua.binhan");
        Chromium.consoleErrors(browser);
        browser.get("http://localhost:" + port + "/dossiers/new?procedure=HN-01");
        // the officer types, stops to read the card, types on: nothing is asked, nothing is said until the 12th digit
        browser.findElement(By.id("idNumber")).sendKeys("037095");
        Chromium.settled(browser);
        assertThat(browser.findElement(By.id("lookup")).getText()).as("no '12 digits' while typing").isBlank();
        browser.findElement(By.id("idNumber")).sendKeys("000001");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("lookup"), "Phạm Minh Đức"));
        assertThat(browser.executeScript("return performance.getEntriesByType('resource')"
                + ".filter(e => e.name.includes('/dossiers/applicant')).length")).as("one lookup, for the whole number").isEqualTo(1L);
        assertThat(Chromium.consoleErrors(browser)).as("the page's console").isEmpty();
        wait.until(d -> d.findElement(By.id("fullName")).getDomProperty("value").equals("Phạm Minh Đức"));
        assertThat(browser.findElement(By.id("birthDate")).getDomProperty("value")).isEqualTo("12/03/1995");
        assertThat(browser.findElement(By.id("address")).getDomProperty("value")).contains("xã Bình An");
        assertThat(browser.findElement(By.id("lookup")).getText()).contains("Nam");
        Chromium.screenshot(browser, "intake-lookup");

        browser.findElement(By.id("idNumber")).clear();
        browser.findElement(By.id("idNumber")).sendKeys("037999999997");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("lookup"), "không có số định danh này"));
        assertThat(browser.findElement(By.id("fullName")).getDomProperty("value"))
                .as("what is in the form stays").isEqualTo("Phạm Minh Đức");
    }

    private WebDriverWait wait;

    private void logInAs(String user) {
        wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        Chromium.logInAs(browser, port, user);
    }

    private void openFromInbox(String code) {
        browser.get("http://localhost:" + port + "/inbox");
        Chromium.screenshot(browser, "inbox");
        Chromium.clickAndWait(browser, By.xpath("//li[contains(@class,'task')][.//code[text()='" + code + "']]//a[contains(@class,'task-title')]"));
        wait.until(ExpectedConditions.urlContains("/dossiers/" + code));
    }
}
