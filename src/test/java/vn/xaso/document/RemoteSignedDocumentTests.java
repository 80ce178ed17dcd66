package vn.xaso.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import tools.jackson.databind.JsonNode;
import vn.xaso.Api;
import vn.xaso.XasoTest;
import vn.xaso.files.PdfRenderer;

/** A leader whose key is at the remote signing service signs an outgoing document with the OTP sent to their phone. */
@XasoTest
class RemoteSignedDocumentTests {

    @LocalServerPort
    int port;
    @Autowired
    PdfRenderer pdf;
    @Autowired
    Environment environment;

    @Test
    void theLeaderSignsWithTheOtpAndTheIssuedDocumentVerifies() throws Exception {
        Api api = new Api(port);
        String leader = "lanhdao.vanban" + System.nanoTime() % 100000;
        assertThat(api.post("/api/v1/officials", "admin", """
                {"username": "%s", "fullName": "Lê Văn Ký", "unitCode": "H40.01", "title": "Chủ tịch", "roles": ["LEADER"],
                 "password": "mat-khau-1"}""".formatted(leader)).status()).isEqualTo(201);
        assertThat(api.put("/api/v1/signing/me/remote", leader, "mat-khau-1", "{}").status()).isEqualTo(200);
        long id = api.post("/api/v1/documents/outgoing", "chuyenvien.binhan",
                "{\"typeCode\": \"QĐ\", \"subject\": \"Về việc kiện toàn tổ công tác\"}").json().get("id").asLong();
        byte[] draft = pdf.render("<html><head><style>body { font-family: 'DejaVu Serif'; }</style></head><body>"
                + "<p>Số:&#160;&#160;&#160;&#160;/QĐ-UBND</p><h1>QUYẾT ĐỊNH</h1><p>Kiện toàn tổ công tác.</p></body></html>");
        api.upload("/api/v1/documents/" + id + "/actions/upload-draft", "chuyenvien.binhan", Map.of(), "file", "du-thao.pdf", draft);
        api.post("/api/v1/documents/" + id + "/actions/submit", "chuyenvien.binhan", "{\"signer\": \"" + leader + "\"}");

        var unconfirmed = api.post("/api/v1/documents/" + id + "/actions/sign", leader, "mat-khau-1", "{}");
        assertThat(unconfirmed.status()).isEqualTo(400);
        assertThat(unconfirmed.json().path("field").asString()).isEqualTo("confirmation");
        api.post("/api/v1/signing/me/otp", leader, "mat-khau-1", "{}");
        String otp = simulator("/__csc/otp?user=" + leader).path("otp").asString();
        var signed = api.post("/api/v1/documents/" + id + "/actions/sign", leader, "mat-khau-1", "{\"confirmation\": \"" + otp + "\"}");
        assertThat(signed.status()).as(signed.body()).isEqualTo(200);
        JsonNode issued = api.post("/api/v1/documents/" + id + "/actions/issue", "vanthu.binhan", "{}").json();
        assertThat(issued.path("notation").asString()).endsWith("/QĐ-UBND");

        String fileId = api.get("/api/v1/documents/" + id, "vanthu.binhan").json().path("fileId").asString();
        JsonNode verified = api.upload("/api/v1/signing/verify", "vanthu.binhan", Map.of(), "file", "van-ban.pdf",
                api.bytes("/api/v1/files/" + fileId, "vanthu.binhan")).json();
        assertThat(verified.path("signatures").get(0).path("signer").asString()).contains(leader + " (DEMO)");
        verified.path("signatures").forEach(signature -> assertThat(signature.path("valid").asBoolean()).isTrue());
    }

    private JsonNode simulator(String path) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(environment.getProperty("xaso.integration.simulator.url") + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        return new Api(port).json(response.body());
    }
}
