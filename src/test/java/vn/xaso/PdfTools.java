package vn.xaso;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** poppler-utils from the tests: the text of a PDF as pdftotext reads it. */
public final class PdfTools {

    private PdfTools() {
    }

    public static String text(byte[] pdf) throws Exception {
        Path file = Files.createTempFile("xaso", ".pdf");
        try {
            Files.write(file, pdf);
            Process process = new ProcessBuilder("pdftotext", file.toString(), "-").redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            process.waitFor();
            return output;
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
