package vn.xaso.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.xaso.Api;
import vn.xaso.Chromium;
import vn.xaso.TestClock;
import vn.xaso.XasoTest;

/**
 * The province monitor follows a figure from the province's dashboard down to the dossier behind it; a commune
 * leader sees the unit's rank and where its points are lost on a phone, and downloads Biểu 06.
 */
@XasoTest
class ReportBrowserTests {

    private static final String UNIT = "H40.62";
    private static final String FEBRUARY = "from=2028-02-01&to=2028-02-29";

    @LocalServerPort
    int port;
    @Autowired
    TestClock clock;
    ChromeDriver browser;

    @AfterEach
    void quit() {
        clock.reset();
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theMonitorFollowsAFigureDownToItsDossierAndTheLeaderSeesTheRank() {
        Api api = new Api(port);
        String counter = official(api, "motcua");
        String leader = official(api, "lanhdao");
        String specialist = official(api, "chuyenvien");
        clock.set("2028-02-14T08:00");
        String late = api.post("/api/v1/dossiers", counter, """
                {"procedureCode": "HN-01", "unitCode": "%s", "channel": "COUNTER",
                 "applicant": {"fullName": "Đỗ Văn Muộn", "idNumber": "037190006262"}}""".formatted(UNIT)).json()
                .get("code").asString();
        clock.set("2028-02-24T09:00");
        api.post("/api/v1/dossiers/" + late + "/actions/assign", leader, "{\"assignee\": \"" + specialist + "\"}");
        api.post("/api/v1/dossiers/" + late + "/actions/propose", specialist, "{\"summary\": \"Đủ điều kiện\"}");
        assertThat(api.post("/api/v1/dossiers/" + late + "/actions/approve", leader, "{}").json().get("timeliness")
                .asString()).isEqualTo("LATE");

        browser = Chromium.start(1366, 768);
        Chromium.logInAs(browser, port, "theodoi");
        assertThat(browser.findElement(By.cssSelector("a.card")).getAttribute("href")).as("the dashboard card first")
                .endsWith("/reports");
        browser.get("http://localhost:" + port + "/reports?unit=H40&" + FEBRUARY);
        Chromium.screenshot(browser, "reports-province");
        String unitName = api.get("/api/v1/units/" + UNIT, "admin").json().get("name").asString();
        Chromium.clickAndWait(browser, By.xpath("//table[@id='form06']//a[text()='" + unitName + "']"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(unitName);
        Chromium.clickAndWait(browser, By.xpath("//table[@id='form06']/tfoot//td[7]/a"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Giải quyết quá hạn");
        assertThat(browser.findElement(By.id("behind")).getText()).contains(late, "Quá hạn");
        Chromium.clickAndWait(browser, By.linkText(late));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains(late);

        browser.quit();
        browser = Chromium.start(390, 844);
        Chromium.logInAs(browser, port, leader);
        browser.get("http://localhost:" + port + "/reports?" + FEBRUARY);
        Chromium.screenshot(browser, "reports-commune-phone");
        assertThat(browser.findElement(By.id("rank")).getText()).matches("Hạng \\d+/\\d+");
        assertThat(browser.findElement(By.cssSelector(".losses")).getText()).contains("2.1", "hồ sơ trả quá hạn");
        assertThat(browser.findElement(By.id("comparison")).getText()).as("compared with January")
                .contains("Tiếp nhận", "Trễ hạn hoặc đang quá hạn", "Chỉ số 766", "Thứ hạng");
        String download = browser.findElement(By.id("download-xlsx")).getAttribute("href");
        byte[] workbook = api.bytes(download.substring(download.indexOf("/api/")), leader);
        assertThat(new String(workbook, 0, 2)).as("an XLSX (zip) file").isEqualTo("PK");
    }

    private String official(Api api, String role) {
        return api.get("/api/v1/officials?unit=" + UNIT + "&q=" + role, "admin").json().get("items").get(0).get("username")
                .asString();
    }
}
