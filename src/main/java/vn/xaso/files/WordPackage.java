package vn.xaso.files;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * A Word document (DOCX) as its content says, not its name: an Office Open XML package (ECMA-376 part 2) whose content
 * types name a WordprocessingML main document, read within bounds (entries, unpacked size), so that a zip of anything
 * else, or a zip bomb, is not taken for a draft. Before LibreOffice opens it, its external relationships (a picture,
 * a frame, a template or an object linked by address) are dropped: opening a draft must never make the server fetch a
 * link. Hyperlinks stay (nothing fetches them).
 */
final class WordPackage {

    static final String MAIN_PART = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    private static final int MAX_ENTRIES = 2_000;
    private static final long MAX_UNPACKED = 200L * 1024 * 1024;
    private static final Pattern RELATIONSHIP = Pattern.compile("<Relationship\\b[^>]*>(?:\\s*</Relationship>)?");
    private static final String HYPERLINK = "/relationships/hyperlink\"";

    private WordPackage() {
    }

    /** Whether the bytes are a readable Word package (the content types and the main document part are there). */
    static boolean isWordDocument(byte[] content) {
        boolean mainDeclared = false;
        boolean mainPresent = false;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            Budget budget = new Budget();
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                budget.entry();
                byte[] part = read(zip, budget);
                if (entry.getName().equals("[Content_Types].xml")) {
                    mainDeclared = new String(part, StandardCharsets.UTF_8).contains(MAIN_PART);
                } else if (entry.getName().equals("word/document.xml")) {
                    mainPresent = true;
                }
            }
        } catch (IOException | IllegalArgumentException | TooBig e) {
            return false;
        }
        return mainDeclared && mainPresent;
    }

    /** The same package without external relationships other than hyperlinks. */
    static byte[] withoutExternalLinks(byte[] docx) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(docx.length);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx)); ZipOutputStream zip = new ZipOutputStream(out)) {
            Budget budget = new Budget();
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                budget.entry();
                byte[] part = read(in, budget);
                if (entry.getName().endsWith(".rels")) {
                    part = dropExternal(new String(part, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new ZipEntry(entry.getName()));
                zip.write(part);
                zip.closeEntry();
            }
        } catch (TooBig e) {
            throw new IOException("the package unpacks to more than allowed");
        }
        return out.toByteArray();
    }

    private static String dropExternal(String relationships) {
        Matcher matcher = RELATIONSHIP.matcher(relationships);
        StringBuilder kept = new StringBuilder();
        while (matcher.find()) {
            String relationship = matcher.group();
            boolean external = relationship.replace('\'', '"').contains("TargetMode=\"External\"");
            matcher.appendReplacement(kept, external && !relationship.replace('\'', '"').contains(HYPERLINK)
                    ? "" : Matcher.quoteReplacement(relationship));
        }
        matcher.appendTail(kept);
        return kept.toString();
    }

    private static byte[] read(InputStream in, Budget budget) throws IOException {
        ByteArrayOutputStream part = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        for (int n; (n = in.read(buffer)) > 0; ) {
            budget.bytes(n);
            part.write(buffer, 0, n);
        }
        return part.toByteArray();
    }

    /** How much of a package is read before it is judged too big to be a draft (a zip bomb). */
    private static final class Budget {
        private int entries;
        private long bytes;

        void entry() {
            if (++entries > MAX_ENTRIES) {
                throw new TooBig();
            }
        }

        void bytes(int n) {
            bytes += n;
            if (bytes > MAX_UNPACKED) {
                throw new TooBig();
            }
        }
    }

    private static final class TooBig extends RuntimeException {
        TooBig() {
            super(null, null, false, false);
        }
    }
}
