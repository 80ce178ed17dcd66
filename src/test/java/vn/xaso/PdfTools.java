package vn.xaso;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** poppler-utils from the tests: the text of a PDF as pdftotext reads it, its signers as pdfsig reads them. */
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

    /** Who signed the PDF, in order, as pdfsig reads each signature's certificate (its common name). */
    public static List<String> signers(byte[] pdf) throws Exception {
        return poppler(pdf, List.of("pdfsig"), List.of()).lines().filter(line -> line.contains("Signer Certificate Common Name:"))
                .map(line -> line.substring(line.indexOf(':') + 1).strip()).toList();
    }

    private static String pdftotext(byte[] pdf, String... options) throws Exception {
        List<String> command = new ArrayList<>(List.of("pdftotext"));
        command.addAll(List.of(options));
        return poppler(pdf, command, List.of("-"));
    }

    /** Runs a poppler tool on the PDF: {@code command… file after…}, its output. */
    private static String poppler(byte[] pdf, List<String> command, List<String> after) throws Exception {
        Path file = Files.createTempFile("xaso", ".pdf");
        try {
            Files.write(file, pdf);
            List<String> line = new ArrayList<>(command);
            line.add(file.toString());
            line.addAll(after);
            Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            process.waitFor();
            return output;
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
