package vn.xaso.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.xaso.XasoTest;

/**
 * xaso behind the province's HTTPS proxy (which talks plain HTTP to it and says so in X-Forwarded-* headers): the
 * session cookie is Secure, redirects stay on https at the public host, and browsers are told to keep to HTTPS (HSTS).
 * Without the proxy's headers, plain HTTP stays as it was (no HSTS over http).
 */
@XasoTest
class BehindAProxyTests {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void throughTheHttpsProxyCookiesAreSecureRedirectsStayOnHttpsAndHstsIsSent() throws Exception {
        HttpResponse<String> page = send(proxied("/inbox").GET());
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location").orElse("")).isEqualTo("https://xaso.ninhbinh.gov.vn/login");
        assertThat(page.headers().firstValue("Strict-Transport-Security").orElse("")).contains("max-age=");

        HttpResponse<String> login = send(proxied("/login").GET());
        String cookie = sessionCookie(login);
        assertThat(login.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c).startsWith("XASO_SESSION=").contains("Secure", "HttpOnly"));
        Matcher token = CSRF.matcher(login.body());
        assertThat(token.find()).isTrue();
        String form = "username=motcua.binhan&password=demo&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> loggedIn = send(proxied("/login").header("Cookie", cookie)
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)));
        assertThat(loggedIn.statusCode()).isEqualTo(302);
        assertThat(loggedIn.headers().firstValue("Location").orElse("")).isEqualTo("https://xaso.ninhbinh.gov.vn/");
        assertThat(loggedIn.headers().allValues("Set-Cookie")).allSatisfy(c -> assertThat(c).contains("Secure"));
    }

    @Test
    void plainHttpWithoutAProxyIsLeftAsItIs() throws Exception {
        HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/inbox")).GET());
        assertThat(page.headers().firstValue("Location").orElse("")).isEqualTo("http://localhost:" + port + "/login");
        assertThat(page.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    private HttpRequest.Builder proxied(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "xaso.ninhbinh.gov.vn")
                .header("X-Forwarded-Port", "443").header("X-Forwarded-For", "203.113.1.20").header("Accept", "text/html");
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String sessionCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("XASO_SESSION="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElseThrow();
    }
}
