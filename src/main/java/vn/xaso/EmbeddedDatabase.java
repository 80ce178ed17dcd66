package vn.xaso;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
 * Its files live under {@code xaso.embedded-database.data-directory} and survive restarts;
 * an empty directory setting gives a throw-away database (used by the tests).
 */
@Configuration(proxyBeanMethods = false)
@Conditional(ExternalDatabase.Absent.class)
class EmbeddedDatabase {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);
    static final String DATABASE = "xaso";

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(@Value("${xaso.embedded-database.data-directory:}") String dataDirectory,
            @Value("${xaso.embedded-database.port:0}") int port,
            @Value("${xaso.embedded-database.synchronous-commit:on}") String synchronousCommit) throws IOException {
        var builder = EmbeddedPostgres.builder()
                .setRegisterShutdownHook(false)
                .setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("max_connections", "100")
                .setServerConfig("shared_buffers", "256MB")
                .setServerConfig("timezone", "Asia/Ho_Chi_Minh")
                // a committed change survives a power cut (the library's default is off); tests turn it off for speed
                .setServerConfig("synchronous_commit", synchronousCommit);
        if (port > 0) {
            builder.setPort(port);
        }
        if (StringUtils.hasText(dataDirectory)) {
            Path directory = Path.of(dataDirectory).toAbsolutePath().normalize();
            Files.createDirectories(directory);
            builder.setDataDirectory(directory).setCleanDataDirectory(false);
            log.info("Embedded PostgreSQL keeps its data in {}", directory);
        } else {
            log.info("Embedded PostgreSQL in a temporary directory, removed on shutdown");
        }
        EmbeddedPostgres postgres = builder.start();
        createDatabaseIfMissing(postgres);
        log.info("Embedded PostgreSQL listening on {}", postgres.getJdbcUrl("postgres", DATABASE));
        return postgres;
    }

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(EmbeddedPostgres postgres) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setPoolName("xaso");
        dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", DATABASE));
        dataSource.setUsername("postgres");
        dataSource.setMaximumPoolSize(20);
        return dataSource;
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
