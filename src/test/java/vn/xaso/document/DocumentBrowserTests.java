package vn.xaso.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.xaso.Chromium;
import vn.xaso.XasoTest;

/** An incoming document in a real browser: clerk registers → leader assigns → coordinator's opinion → handler completes. */
@XasoTest
class DocumentBrowserTests {

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
    void clerkLeaderCoordinatorHandler() {
        browser = Chromium.start(1366, 900);
        logInAs("vanthu.binhan");
        browser.get("http://localhost:" + port + "/documents");
        Chromium.clickAndWait(browser, By.id("new-incoming"));
        browser.findElement(By.id("senderName")).sendKeys("Sở Tài chính tỉnh Ninh Bình");
        browser.findElement(By.id("codeNumber")).sendKeys("321");
        browser.findElement(By.id("codeNotation")).sendKeys("STC-NS");
        browser.findElement(By.id("subject")).sendKeys("Về việc lập dự toán ngân sách xã năm 2027");
        new Select(browser.findElement(By.id("priority"))).selectByValue("URGENT");
        Chromium.clickAndWait(browser, By.id("register"));
        assertThat(browser.findElement(By.cssSelector("[role=status]")).getText()).startsWith("Đã vào sổ văn bản đến, số đến");
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("Chờ phân công");
        String path = browser.getCurrentUrl().replaceFirst("^http://localhost:\\d+", "");
        Chromium.screenshot(browser, "document-registered");

        logInAs("lanhdao.binhan");
        openFromInbox(path);
        new Select(browser.findElement(By.id("mainHandler"))).selectByValue("chuyenvien.binhan");
        browser.findElement(By.id("coordinator-motcua.binhan")).click();
        browser.findElement(By.id("instruction")).sendKeys("Phối hợp bộ phận một cửa, trình trước hạn");
        Chromium.clickAndWait(browser, By.id("do-assign"));
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("Đang xử lý");

        logInAs("motcua.binhan");
        openFromInbox(path);
        browser.findElement(By.id("text")).sendKeys("Đề nghị bổ sung kinh phí số hóa hồ sơ.");
        Chromium.clickAndWait(browser, By.id("do-opinion"));
        assertThat(browser.findElement(By.cssSelector("ul.opinions")).getText()).contains("kinh phí số hóa");

        logInAs("chuyenvien.binhan");
        openFromInbox(path);
        assertThat(browser.findElement(By.cssSelector("ul.opinions")).getText()).contains("kinh phí số hóa");
        Chromium.clickAndWait(browser, By.id("do-complete"));
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("Đã xử lý xong");
        assertThat(browser.findElement(By.cssSelector("ol.timeline")).getText())
                .contains("Vào sổ văn bản đến", "Phân công xử lý", "Cho ý kiến", "Hoàn thành xử lý");
        Chromium.screenshot(browser, "document-completed");
    }

    private void logInAs(String user) {
        Chromium.logInAs(browser, port, user);
    }

    private void openFromInbox(String path) {
        browser.get("http://localhost:" + port + "/inbox?kind=DOCUMENT");
        Chromium.clickAndWait(browser, By.cssSelector("a.task-title[href='" + path + "']"));
    }
}
