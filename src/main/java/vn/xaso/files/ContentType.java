package vn.xaso.files;

import java.util.Optional;

/**
 * What a file really is, judged by its content, never by its name: PDF, JPEG, PNG by their first bytes, a Word document
 * (DOCX) by its package's content ({@link WordPackage}): any other zip is none of them.
 */
enum ContentType {
    PDF("application/pdf", new byte[] {'%', 'P', 'D', 'F', '-'}),
    JPEG("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", new byte[] {'P', 'K', 0x03, 0x04});

    final String mime;
    private final byte[] magic;

    ContentType(String mime, byte[] magic) {
        this.mime = mime;
        this.magic = magic;
    }

    static Optional<ContentType> sniff(byte[] content) {
        for (ContentType type : values()) {
            if (content.length >= type.magic.length) {
                boolean match = true;
                for (int i = 0; i < type.magic.length && match; i++) {
                    match = content[i] == type.magic[i];
                }
                if (match && (type != DOCX || WordPackage.isWordDocument(content))) {
                    return Optional.of(type);
                }
            }
        }
        return Optional.empty();
    }
}
