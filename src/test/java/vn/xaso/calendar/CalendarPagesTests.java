package vn.xaso.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.xaso.Chromium;
import vn.xaso.WebSession;
import vn.xaso.XasoTest;

/** The administrator's calendar page in a real browser: click a day, make it a day off, see deadlines move. */
@XasoTest
class CalendarPagesTests {

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
    void anAdministratorAddsADayOffAndTheDeadlineMoves() {
        browser = Chromium.start(1366, 900);
        String base = "http://localhost:" + port;
        browser.get(base + "/login");
        Chromium.logIn(browser, "admin", "demo");

        browser.get(base + "/admin/calendar?unit=H40.02&year=2035&from=2035-03-08T16:00&days=1");
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("2035", "Phường Thiên Trường");
        assertThat(browser.findElement(By.id("custom-due")).getText()).endsWith("hạn trả 16:00 09/03/2035");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Giỗ Tổ Hùng Vương");

        Chromium.clickAndWait(browser, By.cssSelector("a[href*='date=2035-03-09']"));
        new Select(browser.findElement(By.id("kind"))).selectByValue("DAY_OFF");
        browser.findElement(By.id("name")).sendKeys("Lễ hội địa phương");
        Chromium.clickAndWait(browser, By.id("save-day"));
        assertThat(browser.findElement(By.cssSelector("[role=status]")).getText()).startsWith("Đã lưu ngày 09/03/2035");
        assertThat(browser.findElement(By.cssSelector("td.selected")).getAttribute("class")).contains("dayoff");
        Chromium.screenshot(browser, "calendar-admin-1366");

        browser.get(base + "/admin/calendar?unit=H40.02&year=2035&from=2035-03-08T16:00&days=1");
        assertThat(browser.findElement(By.id("custom-due")).getText()).endsWith("hạn trả 16:00 12/03/2035");
    }

    @Test
    void officialsWhoAreNotAdministratorsCannotOpenIt() {
        WebSession specialist = new WebSession(port);
        specialist.login("chuyenvien.binhan", "demo");
        assertThat(specialist.get("/admin/calendar").statusCode()).isEqualTo(403);
    }
}
