package vn.xaso.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.xaso.api.InvalidInput;
import vn.xaso.api.NotFound;

/**
 * The files module's published API: store (checked by content and size), find, read. The same content is
 * stored once, under its SHA-256; a file record points to it.
 */
@Service
public class StoredFiles {

    public static final long MAX_SIZE = 20L * 1024 * 1024;

    private final JdbcClient jdbc;
    private final Path directory;

    StoredFiles(JdbcClient jdbc, @Value("${xaso.files.directory:./data/files}") String directory) {
        this.jdbc = jdbc;
        this.directory = Path.of(directory).toAbsolutePath().normalize();
    }

    /** Stores the content for an owner; 400 naming {@code file} if it is empty, too large, or not a PDF, image or DOCX. */
    @Transactional
    public StoredFile store(byte[] content, String name, String ownerKind, String ownerRef, String kind, boolean signed,
            String uploadedBy) {
        if (content == null || content.length == 0) {
            throw new InvalidInput("file", "files.empty");
        }
        if (content.length > MAX_SIZE) {
            throw new InvalidInput("file", "files.too-large");
        }
        ContentType type = ContentType.sniff(content)
                .orElseThrow(() -> new InvalidInput("file", "files.type"));
        String sha256 = sha256(content);
        write(sha256, content);
        StoredFile file = new StoredFile(UUID.randomUUID(), sha256, cleanName(name, type), type.mime, content.length,
                ownerKind, ownerRef, kind, signed, uploadedBy, Instant.now());
        jdbc.sql("""
                insert into stored_file (id, sha256, name, content_type, size, owner_kind, owner_ref, kind, signed, uploaded_by, uploaded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(file.id(), file.sha256(), file.name(), file.contentType(), file.size(), ownerKind, ownerRef, kind,
                        signed, uploadedBy, Timestamp.from(file.uploadedAt()))
                .update();
        return file;
    }

    public Optional<StoredFile> find(UUID id) {
        return jdbc.sql("select * from stored_file where id = ?").param(id).query(StoredFiles::row).optional();
    }

    public List<StoredFile> ofOwner(String ownerKind, String ownerRef) {
        return jdbc.sql("select * from stored_file where owner_kind = ? and owner_ref = ? order by uploaded_at, id")
                .params(ownerKind, ownerRef).query(StoredFiles::row).list();
    }

    public byte[] content(StoredFile file) {
        try {
            return Files.readAllBytes(path(file.sha256()));
        } catch (IOException e) {
            throw new NotFound("File content", file.id());
        }
    }

    private void write(String sha256, byte[] content) {
        Path target = path(sha256);
        if (Files.exists(target)) {
            return;
        }
        try {
            Files.createDirectories(target.getParent());
            Path temporary = Files.createTempFile(target.getParent(), sha256, ".part");
            Files.write(temporary, content);
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path path(String sha256) {
        return directory.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
    }

    private static String cleanName(String name, ContentType type) {
        String base = name == null || name.isBlank() ? "tep" : name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
        return base.length() > 200 ? base.substring(0, 200) : base;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static StoredFile row(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new StoredFile(rs.getObject("id", UUID.class), rs.getString("sha256"), rs.getString("name"),
                rs.getString("content_type"), rs.getLong("size"), rs.getString("owner_kind"), rs.getString("owner_ref"),
                rs.getString("kind"), rs.getBoolean("signed"), rs.getString("uploaded_by"),
                rs.getTimestamp("uploaded_at").toInstant());
    }
}
