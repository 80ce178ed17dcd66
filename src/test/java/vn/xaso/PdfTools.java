package vn.xaso;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** poppler-utils from the tests: the text of a PDF as pdftotext reads it. */
public final class PdfTools {

    private PdfTools() {
    }

    public static String text(byte[] pdf) throws Exception {
        return pdftotext(pdf, "-enc", "UTF-8");
    }

    /** The text laid out as on the page, each printed line on a line (columns kept apart by spaces). */
    public static String layout(byte[] pdf) throws Exception {
        return pdftotext(pdf, "-layout");
    }

    private static String pdftotext(byte[] pdf, String... options) throws Exception {
        Path file = Files.createTempFile("xaso", ".pdf");
        try {
            Files.write(file, pdf);
            java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of("pdftotext"));
            command.addAll(java.util.List.of(options));
            command.addAll(java.util.List.of(file.toString(), "-"));
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            process.waitFor();
            return output;
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
