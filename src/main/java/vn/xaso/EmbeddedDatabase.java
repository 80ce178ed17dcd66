package vn.xaso;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.StringUtils;

/**
 * A real PostgreSQL started from Maven artifacts when no external database is configured.
 * Its files live under {@code xaso.embedded-database.data-directory} and survive restarts and crashes (fsync and
 * synchronous commit on, a server orphaned by a killed JVM is stopped first); connections need a password.
 * An empty directory setting gives a throw-away database (used by the tests).
 */
@Configuration(proxyBeanMethods = false)
@Conditional(ExternalDatabase.Absent.class)
class EmbeddedDatabase {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);
    static final String DATABASE = "xaso";
    static final String SUPERUSER = "postgres";
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    /** The running server and the password it was started with. */
    record Server(EmbeddedPostgres postgres, String password) implements java.io.Closeable {
        @Override
        public void close() throws IOException {
            postgres.close();
        }
    }

    @Bean(destroyMethod = "close")
    Server embeddedPostgres(@Value("${xaso.embedded-database.data-directory:}") String dataDirectory,
            @Value("${xaso.embedded-database.port:0}") int port,
            @Value("${xaso.embedded-database.password:${XASO_DB_PASSWORD:}}") String password,
            @Value("${xaso.embedded-database.synchronous-commit:on}") String synchronousCommit,
            @Value("${xaso.embedded-database.fsync:on}") String fsync) throws IOException {
        Path directory = StringUtils.hasText(dataDirectory) ? Path.of(dataDirectory).toAbsolutePath().normalize() : null;
        Server server = start(directory, port, password, Map.of("synchronous_commit", synchronousCommit, "fsync", fsync));
        createDatabaseIfMissing(server.postgres());
        log.info("Embedded PostgreSQL listening on {}", server.postgres().getJdbcUrl(SUPERUSER, DATABASE));
        return server;
    }

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(Server server) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setPoolName("xaso");
        dataSource.setJdbcUrl(server.postgres().getJdbcUrl(SUPERUSER, DATABASE));
        dataSource.setUsername(SUPERUSER);
        dataSource.setPassword(server.password());
        dataSource.setMaximumPoolSize(20);
        return dataSource;
    }

    /**
     * Starts the server on {@code directory} (null: a temporary one). {@code settings} are PostgreSQL settings;
     * they follow the library's own {@code -F}, so {@code fsync=on} wins over it.
     */
    static Server start(Path directory, int port, String password, Map<String, String> settings)
            throws IOException {
        var builder = EmbeddedPostgres.builder()
                .setRegisterShutdownHook(false)
                .setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("max_connections", "100")
                .setServerConfig("shared_buffers", "256MB")
                .setServerConfig("timezone", "Asia/Ho_Chi_Minh")
                .setServerConfig("password_encryption", "scram-sha-256")
                // a committed change survives a power cut: the library's defaults are both off
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                // an online backup (ops/backup.sh) copies the WAL written meanwhile: keep enough of it around
                .setServerConfig("wal_keep_size", "512MB");
        settings.forEach(builder::setServerConfig);
        if (port > 0) {
            builder.setPort(port);
        }
        if (directory != null) {
            Files.createDirectories(directory);
            OrphanedPostgres.stopOn(directory, PATIENCE);
            builder.setDataDirectory(directory).setCleanDataDirectory(false);
            log.info("Embedded PostgreSQL keeps its data in {}", directory);
        } else {
            log.info("Embedded PostgreSQL in a temporary directory, removed on shutdown");
        }
        EmbeddedDatabaseAccess access = EmbeddedDatabaseAccess.of(password, directory);
        Path[] initialised = new Path[1];
        builder.setConnectConfig("password", access.password())
                .setDataDirectoryCustomizer(folder -> {
                    initialised[0] = folder.toPath();
                    access.keepIn(folder.toPath());
                });
        EmbeddedPostgres postgres = builder.start();
        access.requirePassword(initialised[0], postgres.getPostgresDatabase());
        return new Server(postgres, access.password());
    }

    private static void createDatabaseIfMissing(EmbeddedPostgres postgres) {
        DataSource admin = postgres.getPostgresDatabase();
        JdbcTemplate jdbc = new JdbcTemplate(admin);
        Integer found = jdbc.queryForObject("select count(*) from pg_database where datname = ?", Integer.class, DATABASE);
        if (found == null || found == 0) {
            jdbc.execute("create database " + DATABASE + " encoding 'UTF8'");
        }
    }
}
