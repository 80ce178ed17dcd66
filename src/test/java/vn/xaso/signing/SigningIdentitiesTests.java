package vn.xaso.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.xaso.Api;
import vn.xaso.XasoTest;
import vn.xaso.files.PdfRenderer;

/** An administrator imports a leader's own certificate and a foreign root; signatures then use and trust them. */
@XasoTest
class SigningIdentitiesTests {

    @LocalServerPort
    int port;
    @Autowired
    Signatures signatures;
    @Autowired
    PdfRenderer pdf;

    @Test
    void anImportedKeySignsAndAnAddedRootIsTrusted() throws Exception {
        DemoAuthority otherCa = DemoAuthority.create();
        KeyStore issued = otherCa.issue("x", "Đặng Văn Nhập", "Phường Thiên Trường", "bi-mat".toCharArray());
        ByteArrayOutputStream p12 = new ByteArrayOutputStream();
        issued.store(p12, "bi-mat".toCharArray());

        assertThat(upload("/api/v1/signing/identities", "motcua.thientruong",
                Map.of("username", "lanhdao.thientruong", "password", "bi-mat"), "keystore", p12.toByteArray()).statusCode())
                .isEqualTo(403);
        HttpResponse<String> wrong = upload("/api/v1/signing/identities", "admin",
                Map.of("username", "lanhdao.thientruong", "password", "sai"), "keystore", p12.toByteArray());
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(new Api(port).json(wrong.body()).get("field").asString()).isEqualTo("keystore");

        HttpResponse<String> imported = upload("/api/v1/signing/identities", "admin",
                Map.of("username", "lanhdao.thientruong", "password", "bi-mat"), "keystore", p12.toByteArray());
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
        assertThat(imported.body()).contains("Đặng Văn Nhập");
        JsonNode shown = new Api(port).get("/api/v1/signing/identities?username=lanhdao.thientruong", "admin").json();
        assertThat(shown.get("subject").asString()).contains("Đặng Văn Nhập");

        byte[] signed = signatures.signPersonal(pdf.render("<html><body><p>Văn bản</p></body></html>"), "lanhdao.thientruong");
        Verification before = signatures.verify(signed);
        assertThat(before.signatures().get(0).signer()).startsWith("Đặng Văn Nhập");
        assertThat(before.signatures().get(0).valid()).isTrue();
        assertThat(before.signatures().get(0).trusted()).as("its root is not an anchor yet").isFalse();

        assertThat(upload("/api/v1/signing/trust-anchors", "admin", Map.of(), "certificate",
                otherCa.certificate().getEncoded()).statusCode()).isEqualTo(201);
        assertThat(signatures.verify(signed).signatures().get(0).trusted()).isTrue();
    }

    @Test
    void anUploadedSignaturePictureIsDrawnInTheStampAndBadPicturesAreRefused() throws Exception {
        java.awt.image.BufferedImage scan = new java.awt.image.BufferedImage(600, 200, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = scan.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, 600, 200);
        g.setColor(new java.awt.Color(0, 150, 0));
        g.fillRect(100, 50, 400, 100);
        g.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        javax.imageio.ImageIO.write(scan, "png", png);

        HttpResponse<String> text = upload("/api/v1/signing/pictures", "admin", Map.of("username", "lanhdao.thientruong"),
                "picture", "not a picture".getBytes(StandardCharsets.UTF_8));
        assertThat(text.statusCode()).isEqualTo(400);
        assertThat(new Api(port).json(text.body()).get("field").asString()).isEqualTo("picture");
        assertThat(upload("/api/v1/signing/pictures", "motcua.thientruong", Map.of("username", "lanhdao.thientruong"), "picture",
                png.toByteArray()).statusCode()).as("not an administrator").isEqualTo(403);
        HttpResponse<String> stored = upload("/api/v1/signing/pictures", "admin", Map.of("username", "lanhdao.thientruong"),
                "picture", png.toByteArray());
        assertThat(stored.statusCode()).as(stored.body()).isEqualTo(201);
        assertThat(new Api(port).get("/api/v1/signing/pictures?username=lanhdao.thientruong", "admin").contentType())
                .startsWith("image/png");

        byte[] signed = signatures.signPersonal(pdf.render("<html><body><p>Văn bản</p></body></html>"), "lanhdao.thientruong");
        assertThat(greenPixels(signed)).as("the scan's green ink is in the stamp").isGreaterThan(1000);
        assertThat(signatures.verify(signed).allValid()).isTrue();
    }

    /** Counts clearly green pixels in the pictures of the signature's appearance on the last page. */
    private static int greenPixels(byte[] signed) throws Exception {
        int green = 0;
        try (var document = org.apache.pdfbox.Loader.loadPDF(signed)) {
            var page = document.getPage(document.getNumberOfPages() - 1);
            for (var annotation : page.getAnnotations()) {
                var appearance = annotation.getNormalAppearanceStream();
                green += greenPixels(appearance.getResources());
            }
        }
        return green;
    }

    private static int greenPixels(org.apache.pdfbox.pdmodel.PDResources resources) throws Exception {
        int green = 0;
        if (resources == null) {
            return 0;
        }
        for (var name : resources.getXObjectNames()) {
            var object = resources.getXObject(name);
            if (object instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject image) {
                var pixels = image.getImage();
                for (int y = 0; y < pixels.getHeight(); y++) {
                    for (int x = 0; x < pixels.getWidth(); x++) {
                        java.awt.Color c = new java.awt.Color(pixels.getRGB(x, y));
                        if (c.getGreen() > 100 && c.getRed() < 90 && c.getBlue() < 90) {
                            green++;
                        }
                    }
                }
            } else if (object instanceof org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject form) {
                green += greenPixels(form.getResources());
            }
        }
        return green;
    }

    private HttpResponse<String> upload(String path, String user, Map<String, String> fields, String fileField, byte[] file)
            throws Exception {
        String boundary = "xaso" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Map.Entry<String, String> field : new LinkedHashMap<>(fields).entrySet()) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n"
                    + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\"f.bin\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(file);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
    }
}
