package vn.xaso.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Word drafts (DOCX) to PDF with LibreOffice, where it is installed ({@code xaso.office.command}, default
 * {@code soffice}; Debian: {@code apt-get install libreoffice-writer-nogui}). Without it, drafts stay DOCX and must be
 * uploaded again as PDF before signing. One conversion at a time, each in a fresh LibreOffice profile, 60 s at most.
 */
@Component
public class OfficeConverter {

    private static final Logger log = LoggerFactory.getLogger(OfficeConverter.class);
    private static final long TIMEOUT_SECONDS = 60;

    private final String command;
    private volatile Boolean available;

    OfficeConverter(@Value("${xaso.office.command:soffice}") String command) {
        this.command = command;
    }

    /** Whether LibreOffice answers on this machine (checked once). */
    public boolean isAvailable() {
        if (available == null) {
            try {
                Process process = new ProcessBuilder(command, "--version").redirectErrorStream(true).start();
                process.getInputStream().readAllBytes();
                available = process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS) && process.exitValue() == 0;
            } catch (IOException e) {
                available = false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                available = false;
            }
            log.info("LibreOffice for DOCX drafts: {}", available ? "available" : "not installed");
        }
        return available;
    }

    /** The PDF of a DOCX, or empty when LibreOffice is missing or cannot convert it. */
    public synchronized Optional<byte[]> toPdf(byte[] docx) {
        if (!isAvailable()) {
            return Optional.empty();
        }
        Path work = null;
        try {
            work = Files.createTempDirectory("xaso-office");
            Path input = Files.write(work.resolve("draft.docx"), docx);
            Process process = new ProcessBuilder(command, "--headless", "--norestore",
                    "-env:UserInstallation=" + work.resolve("profile").toUri(), "--convert-to", "pdf", "--outdir",
                    work.toString(), input.toString()).redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                log.warn("LibreOffice took more than {} s to convert a draft", TIMEOUT_SECONDS);
                return Optional.empty();
            }
            Path pdf = work.resolve("draft.pdf");
            return Files.exists(pdf) ? Optional.of(Files.readAllBytes(pdf)) : Optional.empty();
        } catch (IOException e) {
            log.warn("LibreOffice could not convert a draft: {}", e.getMessage());
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } finally {
            delete(work);
        }
    }

    private static void delete(Path directory) {
        if (directory == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            log.debug("Could not remove {}", directory);
        }
    }
}
