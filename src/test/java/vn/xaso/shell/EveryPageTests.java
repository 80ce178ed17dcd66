package vn.xaso.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.xaso.Api;
import vn.xaso.Chromium;
import vn.xaso.XasoTest;

/**
 * Every page each kind of user can reach by following links, opened in a real browser: none writes an error to the
 * console (a script the security policy refuses, an htmx error, a resource that does not load). Pages of one shape
 * (one dossier, another dossier) are opened once.
 */
@XasoTest
class EveryPageTests {

    private static final int PAGES_PER_USER = 60;
    private static ChromeDriver browser;
    private static boolean seeded;

    @LocalServerPort
    int port;

    @BeforeAll
    static void start() {
        browser = Chromium.start(1366, 768);
    }

    @AfterAll
    static void quit() {
        browser.quit();
    }

    /** Something in each list, so that the pages of one dossier, one document, one online dossier are opened too. */
    @BeforeEach
    void somethingToLookAt() {
        if (seeded) {
            return;
        }
        Api api = new Api(port);
        assertThat(api.post("/api/v1/dossiers", "motcua.binhan", """
                {"procedureCode": "HN-01", "unitCode": "H40.01", "channel": "COUNTER",
                 "applicant": {"fullName": "Lê Thị Trang", "idNumber": "037190001234"}}""").status()).isEqualTo(201);
        assertThat(api.post("/api/v1/dossiers", "congdan", """
                {"procedureCode": "KS-01", "unitCode": "H40.01", "channel": "ONLINE",
                 "applicant": {"fullName": "Phạm Minh Đức", "idNumber": "037095000001"}}""").status()).isEqualTo(201);
        assertThat(api.post("/api/v1/documents/incoming", "vanthu.binhan", """
                {"sender": {"organId": "000.00.12.H40", "name": "Sở Nội vụ"}, "codeNumber": "12", "codeNotation": "SNV-VP",
                 "issuedDate": "2026-11-02", "typeName": "Công văn", "subject": "Về việc rà soát thủ tục hành chính"}""")
                .status()).isEqualTo(201);
        seeded = true;
    }

    @ParameterizedTest
    @ValueSource(strings = {"motcua.binhan", "chuyenvien.binhan", "lanhdao.binhan", "vanthu.binhan", "admin", "theodoi", "congdan"})
    void noPageWritesAnErrorToTheConsole(String user) {
        Chromium.logInAs(browser, port, user);
        Map<String, List<String>> errors = new LinkedHashMap<>();
        Set<String> shapes = new LinkedHashSet<>();
        Deque<String> toVisit = new ArrayDeque<>(List.of("/"));
        int visited = 0;
        while (!toVisit.isEmpty() && visited < PAGES_PER_USER) {
            String path = toVisit.poll();
            if (!shapes.add(shape(path))) {
                continue;
            }
            Chromium.consoleErrors(browser);
            browser.get("http://localhost:" + port + path);
            Chromium.settled(browser);
            visited++;
            List<String> found = Chromium.consoleErrors(browser);
            if (!found.isEmpty()) {
                errors.put(path, found);
            }
            toVisit.addAll(links());
        }
        System.out.println(user + " opened " + visited + " pages: " + shapes);
        assertThat(visited).as("pages opened as " + user).isGreaterThan(3);
        assertThat(errors).as("console errors as " + user + " (pages opened: " + shapes + ")").isEmpty();
    }

    /** The same-origin pages the current page links to (not downloads, not the API, not logging out). */
    @SuppressWarnings("unchecked")
    private List<String> links() {
        List<String> hrefs = (List<String>) browser.executeScript(
                "return Array.from(document.querySelectorAll('a[href]:not([target=_blank]):not([download])')).map(a => a.href)");
        List<String> paths = new ArrayList<>();
        for (String href : hrefs) {
            URI uri = URI.create(href);
            String path = uri.getRawPath();
            if (uri.getPort() != port || path == null || path.startsWith("/api/") || path.startsWith("/files/")
                    || path.startsWith("/actuator") || path.startsWith("/swagger") || path.startsWith("/v3/")
                    || path.equals("/logout") || path.endsWith("/pay") || path.contains("/forms/") || path.endsWith("/receipt")
                    || path.endsWith(".pdf") || path.endsWith(".xlsx") || (uri.getRawQuery() != null && uri.getRawQuery().contains("lang="))) {
                continue;
            }
            paths.add(path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
        }
        return paths;
    }

    /**
     * A page's shape: its path with every segment holding a digit as one placeholder, and the names of its query's
     * parameters ({@code /dossiers/new?procedure=KS-01} and {@code ?procedure=HN-01} are one shape, the picker another).
     */
    private static String shape(String path) {
        int query = path.indexOf('?');
        String bare = (query < 0 ? path : path.substring(0, query)).replaceAll("/[^/]*[0-9][^/]*", "/{}")
                .replaceAll("^/admin/officials/(?!new$)[^/]+", "/admin/officials/{}");
        if (query < 0) {
            return bare;
        }
        return bare + "?" + java.util.Arrays.stream(path.substring(query + 1).split("&"))
                .map(pair -> pair.contains("=") ? pair.substring(0, pair.indexOf('=')) : pair).sorted()
                .collect(java.util.stream.Collectors.joining("&"));
    }
}
