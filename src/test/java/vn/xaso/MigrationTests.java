package vn.xaso;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

/** Every module's migrations apply, in order, on an empty database. */
@XasoTest
class MigrationTests {

    @Autowired
    EmbeddedDatabase.Server server;
    @Value("${spring.flyway.locations}")
    String[] locations;

    @Test
    void allMigrationsApplyOnAnEmptyDatabase() {
        EmbeddedPostgres postgres = server.postgres();
        JdbcTemplate admin = new JdbcTemplate(postgres.getPostgresDatabase());
        admin.execute("drop database if exists migration_check");
        admin.execute("create database migration_check");
        try {
            Flyway flyway = Flyway.configure()
                    .dataSource(postgres.getJdbcUrl("postgres", "migration_check"), "postgres", server.password())
                    .locations(locations).load();
            assertThat(flyway.migrate().success).isTrue();
            List<MigrationInfo> applied = List.of(flyway.info().applied());
            assertThat(applied).hasSizeGreaterThanOrEqualTo(4).allMatch(m -> m.getState() == MigrationState.SUCCESS);
            JdbcTemplate fresh = new JdbcTemplate(postgres.getDatabase("postgres", "migration_check"));
            assertThat(fresh.queryForList("select tablename from pg_tables where schemaname = 'public'", String.class))
                    .contains("unit", "unit_merger", "official", "official_role", "account", "audit_entry", "event_publication");
            assertThat(fresh.queryForObject("select count(*) from unit", Integer.class)).as("no demo data by migration").isZero();
        } finally {
            admin.execute("drop database if exists migration_check with (force)");
        }
    }
}
