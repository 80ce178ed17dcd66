package vn.xaso.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.xaso.Api;
import vn.xaso.WebSession;
import vn.xaso.XasoTest;

/**
 * The pages' download links under {@code /api/v1} (Biểu 06, the ranking, the registers) work in the browser the official
 * is logged in with — no password box, which a single-sign-on user could not answer anyway — while a change through the
 * API still needs a password or a token, and a browser without a session is sent to the login page.
 */
@XasoTest
class BrowserDownloadsTests {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @LocalServerPort
    int port;

    @Test
    void everyDownloadLinkOfThePagesWorksInTheLoggedInBrowser() {
        WebSession leader = new WebSession(port);
        leader.login("lanhdao.binhan", Api.PASSWORD);
        int year = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).getYear();
        String from = year + "-01-01";
        String to = year + "-12-31";

        assertDownload(leader, "/reports", "/api/v1/reports/form-06?unit=H40.01&from=" + from + "&to=" + to + "&groupBy=field&format=xlsx", XLSX);
        assertDownload(leader, "/reports", "/api/v1/reports/form-06?unit=H40.01&from=" + from + "&to=" + to + "&groupBy=field&format=pdf", "application/pdf");
        WebSession monitor = new WebSession(port);
        monitor.login("theodoi", Api.PASSWORD);
        assertDownload(monitor, "/reports", "/api/v1/reports/ranking?from=" + from + "&to=" + to + "&format=xlsx", XLSX);
        assertDownload(leader, "/dossiers", "/api/v1/dossiers/register?format=pdf", "application/pdf");
        assertDownload(leader, "/dossiers", "/api/v1/dossiers/register?format=xlsx", XLSX);

        WebSession clerk = new WebSession(port);
        clerk.login("vanthu.binhan", Api.PASSWORD);
        assertDownload(clerk, "/documents", "/api/v1/documents/registers/INCOMING?year=" + year, "application/pdf");
        assertDownload(clerk, "/documents", "/api/v1/documents/registers/OUTGOING?year=" + year + "&format=xlsx", XLSX);
        assertDownload(clerk, "/documents", "/api/v1/documents/registers/HANDLING?year=" + year, "application/pdf");
    }

    @Test
    void theSessionOnlyReadsAChangeStillNeedsAPasswordOrAToken() {
        WebSession counter = new WebSession(port);
        counter.login("motcua.binhan", Api.PASSWORD);
        HttpResponse<String> change = counter.postJson("/api/v1/dossiers", """
                {"procedureCode": "KS-01", "unitCode": "H40.01", "channel": "COUNTER",
                 "applicant": {"fullName": "Nguyễn Văn Phiên", "idNumber": "037090000123"}}""");
        assertThat(change.statusCode()).as("no CSRF token on the API: a session cannot change anything there").isEqualTo(401);
    }

    @Test
    void aBrowserWithoutASessionGoesToTheLoginPageNotAPasswordBox() {
        WebSession stranger = new WebSession(port);
        HttpResponse<String> download = stranger.get("/api/v1/dossiers/register?format=pdf");
        assertThat(download.statusCode()).isEqualTo(302);
        assertThat(download.headers().firstValue("Location").orElse("")).endsWith("/login");
        assertThat(download.headers().firstValue("WWW-Authenticate")).isEmpty();

        HttpResponse<String> program = stranger.get("/api/v1/dossiers/register", "application/json");
        assertThat(program.statusCode()).isEqualTo(401);
        assertThat(program.headers().firstValue("WWW-Authenticate").orElse("")).startsWith("Basic");
    }

    @Test
    void aSessionEndedElsewhereDownloadsNothing() {
        WebSession leader = new WebSession(port);
        leader.login("lanhdao.binhan", Api.PASSWORD);
        assertThat(leader.get("/api/v1/dossiers/register?format=pdf").statusCode()).isEqualTo(200);
        leader.logout();
        HttpResponse<String> after = leader.get("/api/v1/dossiers/register?format=pdf");
        assertThat(after.statusCode()).isEqualTo(302);
    }

    /** The page shows the link, and following it gives the file. */
    private static void assertDownload(WebSession session, String page, String link, String type) {
        assertThat(session.get(page).body()).as("the page " + page + " links to it")
                .contains(link.substring(0, link.indexOf('?')));
        HttpResponse<String> file = session.get(link);
        assertThat(file.statusCode()).as(link + ": " + file.body().substring(0, Math.min(200, file.body().length()))).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Type").orElse("")).startsWith(type);
        assertThat(file.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment");
    }
}
