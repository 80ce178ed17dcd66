package vn.xaso.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.xaso.XasoTest;
import vn.xaso.files.PdfRenderer;

/** Real PAdES signatures checked twice: by DSS and, independently, by poppler's pdfsig. */
@XasoTest
class SignaturesTests {

    @Autowired
    Signatures signatures;
    @Autowired
    PdfRenderer pdf;

    @Test
    void leaderAndUnitSignaturesAreBothValidForDssAndPdfsig() throws Exception {
        byte[] signed = signatures.signAsLeaderAndUnit(page("Giấy chứng nhận đăng ký hộ kinh doanh"), "lanhdao.binhan", "H40.01",
                "Số: 05/GCN");
        Verification verification = signatures.verify(signed);
        assertThat(verification.signatures()).hasSize(2).allMatch(Verification.Signature::valid)
                .allMatch(Verification.Signature::trusted);
        assertThat(verification.signatures().get(0).signer()).contains("Lê Văn Long");
        assertThat(verification.signatures().get(1).signer()).contains("Xã Bình An");
        assertThat(verification.signatures().get(1).coversWholeDocument()).isTrue();
        assertThat(verification.signatures().get(1).signedAt().getOffset().getTotalSeconds()).isEqualTo(7 * 3600);

        String pdfsig = run("pdfsig", signed);
        assertThat(pdfsig).contains("Signature #1", "Signature #2");
        assertThat(count(pdfsig, "Signature Validation: Signature is Valid.")).isEqualTo(2);
        Files.createDirectories(Path.of("target", "signing"));
        Files.write(Path.of("target", "signing", "signed-result.pdf"), signed);
    }

    @Test
    void oneFlippedByteIsCaughtByDssAndPdfsig() throws Exception {
        byte[] signed = signatures.signPersonal(page("Quyết định"), "lanhdao.binhan");
        byte[] tampered = signed.clone();
        int at = new String(signed, StandardCharsets.ISO_8859_1).indexOf("Quyết") > 0
                ? new String(signed, StandardCharsets.ISO_8859_1).indexOf("stream") + 40 : 600;
        tampered[at] ^= 0x01;
        assertThat(signatures.verify(tampered).signatures()).noneMatch(Verification.Signature::valid);
        assertThat(run("pdfsig", tampered)).doesNotContain("Signature is Valid.");
    }

    @Test
    void theStampGoesUnderItsAnchorTextAndAMissingAnchorIsReported() throws Exception {
        byte[] document = pdf.render("""
                <html><head><style>body { font-family: 'DejaVu Serif'; }</style></head><body>
                <p>Quyết định về việc cấp giấy phép.</p>
                <div style="margin-left: 20px; margin-top: 40px; width: 220px; text-align: center">
                <b>TM. ỦY BAN NHÂN DÂN</b><br/><b>CHỦ TỊCH</b></div></body></html>""");
        byte[] signed = signatures.signAsLeaderAndUnit(document, "lanhdao.binhan", "H40.01", "Số: 01/QĐ-UBND",
                Placement.below("CHỦ TỊCH"));
        assertThat(signatures.verify(signed).allValid()).isTrue();
        try (var loaded = org.apache.pdfbox.Loader.loadPDF(signed)) {
            var page = loaded.getPage(0);
            var leader = page.getAnnotations().get(0).getRectangle();
            var seal = page.getAnnotations().get(1).getRectangle();
            assertThat(leader.getLowerLeftX()).as("under the anchor at the left, not bottom right").isLessThan(150);
            assertThat(leader.getUpperRightY()).as("just below the anchor near the top").isGreaterThan(page.getMediaBox().getHeight() - 250);
            assertThat(seal.getUpperRightX()).as("the seal overlaps the leader's stamp").isBetween(leader.getLowerLeftX(),
                    leader.getUpperRightX());
        }
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> signatures.signPersonal(document, "lanhdao.binhan",
                Placement.below("PHÓ CHỦ TỊCH"))).isInstanceOfSatisfying(vn.xaso.api.InvalidInput.class,
                e -> assertThat(e.getBody().getProperties()).containsEntry("field", "anchor"));
    }

    /**
     * What the paper shows, rendered by poppler (not the library that wrote it): the leader's stamp in blue, the
     * seal in red over its left third, the seal's background transparent so that the signature shows through it.
     */
    @Test
    void theStampsPrintInBlueAndRedWithTheSignatureShowingThroughTheSeal() throws Exception {
        byte[] signed = signatures.signAsLeaderAndUnit(page("Giấy xác nhận"), "lanhdao.binhan", "H40.01", "Số: 07/GXN");
        java.awt.image.BufferedImage rendered = renderFirstPage(signed);
        try (var loaded = org.apache.pdfbox.Loader.loadPDF(signed)) {
            var page = loaded.getPage(0);
            float height = page.getMediaBox().getHeight();
            var leader = page.getAnnotations().get(0).getRectangle();
            var seal = page.getAnnotations().get(1).getRectangle();
            int[] leaderOnly = {Math.round(seal.getUpperRightX()) + 2, Math.round(height - leader.getUpperRightY()),
                    Math.round(leader.getUpperRightX()), Math.round(height - leader.getLowerLeftY())};
            int[] sealBox = {Math.round(seal.getLowerLeftX()), Math.round(height - seal.getUpperRightY()),
                    Math.round(seal.getUpperRightX()), Math.round(height - seal.getLowerLeftY())};
            assertThat(pixels(rendered, leaderOnly, SignaturesTests::blue)).as("blue in the leader's stamp").isGreaterThan(200);
            assertThat(pixels(rendered, leaderOnly, SignaturesTests::red)).as("no red outside the seal").isZero();
            assertThat(pixels(rendered, sealBox, SignaturesTests::red)).as("the seal in red").isGreaterThan(300);
            assertThat(pixels(rendered, sealBox, SignaturesTests::blue)).as("the signature through the seal").isGreaterThan(20);
        }
    }

    private static java.awt.image.BufferedImage renderFirstPage(byte[] pdf) throws Exception {
        Path file = Files.createTempFile("xaso-signed", ".pdf");
        Path image = Files.createTempFile("xaso-signed", ".png");
        Files.write(file, pdf);
        // 72 dpi: one pixel per PDF point
        Process process = new ProcessBuilder("pdftoppm", "-png", "-r", "72", "-f", "1", "-singlefile", file.toString(),
                image.toString().replaceAll("\\.png$", "")).redirectErrorStream(true).start();
        process.getInputStream().readAllBytes();
        assertThat(process.waitFor()).isZero();
        java.awt.image.BufferedImage rendered = javax.imageio.ImageIO.read(image.toFile());
        Files.delete(file);
        Files.delete(image);
        return rendered;
    }

    private static int pixels(java.awt.image.BufferedImage image, int[] box, java.util.function.IntPredicate colour) {
        int count = 0;
        for (int y = Math.max(0, box[1]); y < Math.min(image.getHeight(), box[3]); y++) {
            for (int x = Math.max(0, box[0]); x < Math.min(image.getWidth(), box[2]); x++) {
                count += colour.test(image.getRGB(x, y)) ? 1 : 0;
            }
        }
        return count;
    }

    private static boolean blue(int rgb) {
        int r = rgb >> 16 & 0xff, g = rgb >> 8 & 0xff, b = rgb & 0xff;
        return b > 120 && b > r + 60 && b > g + 40;
    }

    private static boolean red(int rgb) {
        int r = rgb >> 16 & 0xff, g = rgb >> 8 & 0xff, b = rgb & 0xff;
        return r > 150 && r > g + 80 && r > b + 80;
    }

    @Test
    void aHundredInABatchWithOneBrokenItem() {
        byte[] good = page("Kết quả");
        List<Integer> items = new ArrayList<>(IntStream.range(0, 100).boxed().toList());
        BatchResult<Integer> result = signatures.signMany(items,
                i -> signatures.signPersonal(i == 37 ? "not a pdf".getBytes(StandardCharsets.US_ASCII) : good, "lanhdao.binhan"));
        assertThat(result.signed()).hasSize(99);
        assertThat(result.failed()).hasSize(1);
        assertThat(result.failed().get(0).item()).isEqualTo(37);
    }

    private byte[] page(String title) {
        return pdf.render("""
                <html><head><style>body { font-family: 'DejaVu Serif'; }</style></head>
                <body><h1>%s</h1><p>Cấp cho: Nguyễn Thị Lan, số định danh 037190001234.</p></body></html>""".formatted(title));
    }

    private static long count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1L;
    }

    static String run(String tool, byte[] pdf) throws IOException, InterruptedException {
        Path file = Files.createTempFile("xaso-signed", ".pdf");
        Files.write(file, pdf);
        Process process = new ProcessBuilder(tool, file.toString()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        Files.delete(file);
        return output;
    }
}
