package vn.xaso.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.xaso.PdfTools;
import vn.xaso.api.Unavailable;

/**
 * LibreOffice turns somebody's file into a PDF on the server: it must fetch nothing, end in time, never take more than
 * its share of the server, and never run inside a transaction.
 */
class OfficeConverterTests {

    @TempDir
    Path folder;

    /** The real LibreOffice (installed by .ci/run), as the application runs it, on a draft whose picture is a link. */
    @Test
    void aDraftWhosePictureIsALinkIsConvertedWithoutFetchingIt() throws Exception {
        AtomicInteger fetched = new AtomicInteger();
        HttpServer probe = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        probe.createContext("/", exchange -> {
            fetched.incrementAndGet();
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        probe.start();
        try {
            String address = "http://127.0.0.1:" + probe.getAddress().getPort() + "/noi-bo.png";
            OfficeConverter converter = new OfficeConverter("soffice", Duration.ofSeconds(60), 2, 4, "network-namespace");
            assertThat(converter.isAvailable()).as("LibreOffice and unshare (.ci/run installs LibreOffice)").isTrue();

            Optional<byte[]> pdf = converter.toPdf(WordDrafts.withLinkedPicture("Dự thảo có ảnh liên kết", address));

            assertThat(pdf).as("converted").isPresent();
            assertThat(PdfTools.text(pdf.get())).contains("Dự thảo có ảnh liên kết");
            assertThat(fetched.get()).as("requests LibreOffice made to the linked address").isZero();
        } finally {
            probe.stop(0);
        }
    }

    @Test
    void externalPicturesFramesAndTemplatesAreDroppedHyperlinksKept() throws Exception {
        byte[] cleaned = WordPackage.withoutExternalLinks(WordDrafts.withLinkedPicture("x", "http://10.0.0.1/a.png"));
        String relationships = part(cleaned, "word/_rels/document.xml.rels");
        assertThat(relationships).doesNotContain("rIdProbe").contains("rIdLink", "relationships/hyperlink");
        assertThat(WordPackage.isWordDocument(cleaned)).isTrue();
    }

    @Test
    void onlyAWordPackageIsADocxNotAnyZipNorABomb() throws Exception {
        assertThat(ContentType.sniff(WordDrafts.withLinkedPicture("x", "http://a/b"))).contains(ContentType.DOCX);
        assertThat(ContentType.sniff(WordDrafts.anyZip())).as("a zip of anything").isEmpty();
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bomb)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(WordPackage.MAIN_PART.getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 210; i++) {
                zip.write(zeros);
            }
        }
        assertThat(bomb.size()).as("small packed").isLessThan(2_000_000);
        assertThat(ContentType.sniff(bomb.toByteArray())).as("210 MB unpacked").isEmpty();
    }

    /** A converter that hangs is stopped at the timeout, with everything it started. */
    @Test
    void aConversionThatHangsIsKilledAtItsTimeout() throws Exception {
        Path pid = folder.resolve("pid");
        OfficeConverter converter = new OfficeConverter(fake("echo $$ > " + pid + "; exec sleep 60"), Duration.ofSeconds(1), 1, 1, "none");

        long started = System.nanoTime();
        Optional<byte[]> pdf = converter.toPdf(WordDrafts.withLinkedPicture("x", "http://a/b"));

        assertThat(pdf).isEmpty();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).as("ended by its timeout").isLessThan(Duration.ofSeconds(20));
        long process = Long.parseLong(Files.readString(pid).strip());
        assertThat(ProcessHandle.of(process).map(ProcessHandle::isAlive).orElse(false)).as("killed").isFalse();
        assertThat(converter.busy()).isZero();
    }

    /** One converting, one waiting: the next is told at once to try again, not made to wait. */
    @Test
    void whenTheConverterIsFullTheNextDraftIsToldToTryAgain() throws Exception {
        Path release = folder.resolve("release");
        OfficeConverter converter = new OfficeConverter(
                fake("for i in $(seq 1 300); do [ -f " + release + " ] && exit 0; sleep 0.1; done"), Duration.ofSeconds(60), 1, 1, "none");
        assertThat(converter.isAvailable()).isTrue();
        byte[] draft = WordDrafts.withLinkedPicture("x", "http://a/b");
        var first = CompletableFuture.supplyAsync(() -> converter.toPdf(draft));
        var second = CompletableFuture.supplyAsync(() -> converter.toPdf(draft));
        await().atMost(Duration.ofSeconds(20)).until(() -> converter.busy() == 2);

        assertThatThrownBy(() -> converter.toPdf(draft)).isInstanceOf(Unavailable.class)
                .satisfies(e -> assertThat(((Unavailable) e).getHeaders().getFirst("Retry-After")).isNotBlank());

        Files.createFile(release);
        assertThat(first.get()).isEmpty();
        assertThat(second.get()).isEmpty();
        assertThat(converter.busy()).isZero();
    }

    @Test
    void aConversionIsRefusedInsideATransaction() {
        OfficeConverter converter = new OfficeConverter("soffice", Duration.ofSeconds(60), 1, 1, "none");
        TransactionSynchronizationManager.setActualTransactionActive(true);
        try {
            assertThatThrownBy(() -> converter.toPdf(WordDrafts.withLinkedPicture("x", "http://a/b")))
                    .isInstanceOf(IllegalStateException.class);
        } finally {
            TransactionSynchronizationManager.setActualTransactionActive(false);
        }
    }

    /** A stand-in for soffice: answers --version, and runs {@code body} for a conversion. */
    private String fake(String body) throws IOException {
        Path script = folder.resolve("soffice");
        Files.writeString(script, "#!/bin/sh\n[ \"$1\" = --version ] && exit 0\n" + body + "\n");
        script.toFile().setExecutable(true);
        return script.toString();
    }

    private static String part(byte[] zip, String name) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                if (entry.getName().equals(name)) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no " + name);
    }
}
