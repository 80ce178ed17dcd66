package vn.xaso;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.StringUtils;

/**
 * Who may connect to the embedded PostgreSQL: only someone with its password, over loopback. The password is
 * {@code XASO_DB_PASSWORD} when given, else a secret generated at the first start and kept in the data folder,
 * readable only by its owner. A folder created by initdb (or by an older xaso) trusts every local connection until
 * the first start sets the password and switches {@code pg_hba.conf} to scram-sha-256.
 */
final class EmbeddedDatabaseAccess {

    static final String PASSWORD_FILE = "xaso-password";
    private static final String HBA_HEADER = "# xaso: every connection needs the password";
    private static final String HBA = HBA_HEADER + " (" + PASSWORD_FILE + " in this folder, or XASO_DB_PASSWORD)\n"
            + "host all all 127.0.0.1/32 scram-sha-256\n"
            + "host all all ::1/128 scram-sha-256\n";

    private final String password;
    private final boolean given;

    private EmbeddedDatabaseAccess(String password, boolean given) {
        this.password = password;
        this.given = given;
    }

    /** The given password, or the one kept in {@code dataDirectory} (null: not created yet), or a new one. */
    static EmbeddedDatabaseAccess of(String givenPassword, Path dataDirectory) {
        if (StringUtils.hasText(givenPassword)) {
            return new EmbeddedDatabaseAccess(givenPassword, true);
        }
        Path kept = dataDirectory == null ? null : dataDirectory.resolve(PASSWORD_FILE);
        try {
            if (kept != null && Files.isRegularFile(kept)) {
                return new EmbeddedDatabaseAccess(Files.readString(kept, StandardCharsets.UTF_8).strip(), false);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the embedded database's password in " + kept, e);
        }
        byte[] secret = new byte[24];
        new SecureRandom().nextBytes(secret);
        return new EmbeddedDatabaseAccess(HexFormat.of().formatHex(secret), false);
    }

    String password() {
        return password;
    }

    /** Whether the folder already refuses connections without the password. */
    static boolean requiresPassword(Path dataDirectory) {
        try {
            Path hba = dataDirectory.resolve("pg_hba.conf");
            return Files.isRegularFile(hba) && Files.readString(hba).startsWith(HBA_HEADER);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Keeps a generated password in the folder (owner-only), before the server starts. */
    void keepIn(Path dataDirectory) {
        if (given) {
            return;
        }
        Path file = dataDirectory.resolve(PASSWORD_FILE);
        try {
            if (!Files.exists(file)) {
                if (requiresPassword(dataDirectory)) {
                    throw new IllegalStateException("The embedded database's password file " + file + " is missing: "
                            + "restore it, or set XASO_DB_PASSWORD to the password this database was created with");
                }
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                Files.writeString(file, password, StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the embedded database's password in " + file, e);
        }
    }

    /** Sets the password while the folder still trusts loopback, then requires it from every connection. */
    void requirePassword(Path dataDirectory, DataSource superuser) {
        if (requiresPassword(dataDirectory)) {
            return;
        }
        JdbcTemplate jdbc = new JdbcTemplate(superuser);
        jdbc.execute("alter role postgres password '" + password.replace("'", "''") + "'");
        try {
            Files.writeString(dataDirectory.resolve("pg_hba.conf"), HBA, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        jdbc.queryForObject("select pg_reload_conf()", Boolean.class);
    }
}
