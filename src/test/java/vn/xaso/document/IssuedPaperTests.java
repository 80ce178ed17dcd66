package vn.xaso.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.xaso.Api;
import vn.xaso.XasoTest;
import vn.xaso.files.PdfRenderer;

/**
 * The issued paper as a person reads it: a draft written as offices write them — "Số:      /KH-UBND" on top, the
 * signer's block with title, space and printed name at the foot — comes back with its number and symbol readable on the
 * number line (rendered by poppler, read by tesseract), and the leader's signature in the space above their name.
 */
@XasoTest
class IssuedPaperTests {

    @LocalServerPort
    int port;
    @Autowired
    PdfRenderer pdf;

    @Test
    void theNumberLineReadsWholeAndTheSignatureSitsInTheSignersBlock() throws Exception {
        Api api = new Api(port);
        String leaderName = api.get("/api/v1/me", "lanhdao.binhan").json().get("fullName").asString();
        byte[] draft = pdf.render("""
                <html><body style="font-family: 'DejaVu Serif'; font-size: 13pt">
                <table width="100%%"><tr><td width="45%%" style="text-align:center">ỦY BAN NHÂN DÂN<br/>XÃ BÌNH AN<br/>
                Số:         /KH-UBND</td><td style="text-align:center"><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b><br/>
                Độc lập - Tự do - Hạnh phúc</td></tr></table>
                <h3 style="text-align:center">KẾ HOẠCH<br/>Phòng, chống thiên tai năm 2027</h3>
                <p>Căn cứ tình hình thực tế của địa phương, Ủy ban nhân dân xã ban hành kế hoạch như sau.</p>
                <table width="100%%" style="margin-top: 30pt"><tr><td width="50%%"></td><td style="text-align:center">
                <b>TM. ỦY BAN NHÂN DÂN<br/>CHỦ TỊCH</b><br/><br/><br/><br/><br/><br/><b>%s</b></td></tr></table>
                <p style="margin-top: 200pt">Nơi nhận: như trên.</p>
                </body></html>""".formatted(leaderName));
        long id = api.post("/api/v1/documents/outgoing", "chuyenvien.binhan",
                "{\"typeCode\": \"KH\", \"subject\": \"Kế hoạch phòng, chống thiên tai năm 2027\"}").json().get("id").asLong();
        assertThat(api.upload("/api/v1/documents/" + id + "/actions/upload-draft", "chuyenvien.binhan", Map.of(), "file",
                "ke-hoach.pdf", draft).status()).isEqualTo(200);
        api.post("/api/v1/documents/" + id + "/actions/submit", "chuyenvien.binhan", "{\"signer\": \"lanhdao.binhan\"}");
        assertThat(api.post("/api/v1/documents/" + id + "/actions/sign", "lanhdao.binhan", "{}").status()).isEqualTo(200);
        var issued = api.post("/api/v1/documents/" + id + "/actions/issue", "vanthu.binhan", "{}").json();
        String notation = issued.get("notation").asString();
        byte[] paper = api.bytes("/api/v1/files/" + issued.get("fileId").asString(), "vanthu.binhan");

        String read = ocr(paper);
        String numberLine = read.lines().filter(line -> line.contains("KH-UBND")).findFirst().orElse(read);
        assertThat(numberLine.replace(" ", "")).as("the number line as tesseract reads it").contains(notation);

        try (PDDocument document = Loader.loadPDF(paper)) {
            PDPage page = document.getPage(0);
            var signature = page.getAnnotations().stream().filter(a -> "Widget".equals(a.getSubtype()))
                    .map(a -> a.getRectangle()).filter(r -> r.getWidth() > 100).findFirst().orElseThrow();
            float top = page.getMediaBox().getHeight() - signature.getUpperRightY();
            float bottom = page.getMediaBox().getHeight() - signature.getLowerLeftY();
            float name = lastLineOf(document, leaderName);
            float title = lastLineOf(document, "CHỦ TỊCH");
            assertThat(top).as("the signature begins under the title, covering none of it").isGreaterThan(title);
            assertThat(top).as("in the space above the printed name").isLessThan(name - 50);
        }
    }

    /** The page as poppler renders it, read by tesseract (Vietnamese). */
    private static String ocr(byte[] pdf) throws Exception {
        Path folder = Files.createTempDirectory("xaso-ocr");
        Path file = Files.write(folder.resolve("paper.pdf"), pdf);
        run("pdftoppm", "-r", "200", "-f", "1", "-l", "1", "-png", file.toString(), folder.resolve("page").toString());
        Path image = Files.list(folder).filter(p -> p.toString().endsWith(".png")).findFirst().orElseThrow();
        // kept, to look at what a reader sees
        Files.createDirectories(Path.of("target", "screenshots"));
        Files.copy(image, Path.of("target", "screenshots", "issued-paper.png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return run("tesseract", image.toString(), "-", "-l", "vie");
    }

    private static String run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(false).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        return out;
    }

    /** The baseline (from the top, in points) of the last line holding {@code text} on the first page. */
    private static float lastLineOf(PDDocument document, String text) throws Exception {
        float[] found = {-1};
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String string, java.util.List<TextPosition> positions) {
                if (string.contains(text)) {
                    found[0] = positions.get(0).getYDirAdj();
                }
            }
        };
        stripper.setEndPage(1);
        stripper.getText(document);
        assertThat(found[0]).as(text + " printed on the paper").isPositive();
        return found[0];
    }
}
