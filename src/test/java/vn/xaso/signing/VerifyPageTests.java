package vn.xaso.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.util.HtmlUtils;
import vn.xaso.Api;
import vn.xaso.WebSession;
import vn.xaso.XasoTest;
import vn.xaso.files.PdfRenderer;

/** Anyone, without logging in, uploads a signed PDF and sees who signed it and whether it is intact. */
@XasoTest
class VerifyPageTests {

    @LocalServerPort
    int port;
    @Autowired
    Signatures signatures;
    @Autowired
    PdfRenderer pdf;

    @Test
    void anAnonymousVisitorChecksASignedResult() throws Exception {
        byte[] signed = signatures.signAsLeaderAndUnit(pdf.render("<html><body><p>Kết quả</p></body></html>"),
                "lanhdao.thientruong", "H40.02", null);
        WebSession visitor = new WebSession(port);
        String form = visitor.get("/verify").body();
        assertThat(HtmlUtils.htmlUnescape(form)).contains("Kiểm tra văn bản ký số");
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form);
        assertThat(token.find()).isTrue();

        String boundary = "xaso" + UUID.randomUUID();
        var body = new java.io.ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token.group(1) + "\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"ket-qua.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(signed);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> result = HttpClient.newBuilder().cookieHandler(visitor.cookies()).build()
                .send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/verify"))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(result.statusCode()).isEqualTo(200);
        String page = HtmlUtils.htmlUnescape(result.body());
        assertThat(page).contains("Kết quả kiểm tra: ket-qua.pdf", "(DEMO)", "Phường Thiên Trường (DEMO)");
        assertThat(page.split("<td class=\"ok\">Có</td>", -1)).hasSize(3);
    }

    @Test
    void anonymousCallersUseThePublicPathAndTheOtherNeedsAUser() throws Exception {
        byte[] signed = signatures.signAsLeaderAndUnit(pdf.render("<html><body><p>Kết quả</p></body></html>"),
                "lanhdao.thientruong", "H40.02", null);
        assertThat(postPdf("/api/v1/signing/verify", signed).status()).isEqualTo(401);
        Api.Response anyone = postPdf("/api/v1/public/signing/verify", signed);
        assertThat(anyone.status()).isEqualTo(200);
        assertThat(anyone.body()).contains("\"valid\":true");
        Api.Response broken = postPdf("/api/v1/public/signing/verify",
                "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes(StandardCharsets.US_ASCII));
        assertThat(broken.status()).isEqualTo(400);
        assertThat(broken.body()).contains("\"field\":\"file\"");
    }

    private Api.Response postPdf(String path, byte[] pdf) {
        return new Api(port).upload(path, null, Map.of(), "file", "a.pdf", pdf);
    }
}
