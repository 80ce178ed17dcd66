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

    /** A database installed when the reports first shipped (up to their first migration) upgrades to today's. */
    @Test
    void aDatabaseInstalledWithTheFirstReportsUpgrades() {
        EmbeddedPostgres postgres = server.postgres();
        JdbcTemplate admin = new JdbcTemplate(postgres.getPostgresDatabase());
        admin.execute("drop database if exists migration_upgrade");
        admin.execute("create database migration_upgrade");
        try {
            String url = postgres.getJdbcUrl("postgres", "migration_upgrade");
            assertThat(Flyway.configure().dataSource(url, "postgres", server.password()).locations(locations)
                    .target("2026.12.06.3").load().migrate().success).isTrue();
            Flyway flyway = Flyway.configure().dataSource(url, "postgres", server.password()).locations(locations).load();
            assertThat(flyway.migrate().success).isTrue();
            assertThat(List.of(flyway.info().applied())).allMatch(m -> m.getState() == MigrationState.SUCCESS);
            JdbcTemplate upgraded = new JdbcTemplate(postgres.getDatabase("postgres", "migration_upgrade"));
            assertThat(upgraded.queryForList("select tablename from pg_tables where schemaname = 'public'", String.class))
                    .contains("report_day", "report_month", "report_applied", "portal_message");
            upgraded.update("insert into report_applied (dossier_code, kind) values ('H40.01-261206-0001', 'RATED')");
        } finally {
            admin.execute("drop database if exists migration_upgrade with (force)");
        }
    }
}
