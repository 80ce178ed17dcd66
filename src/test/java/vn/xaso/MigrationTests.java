package vn.xaso;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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

    /** A database installed with the portal's count as it first shipped (V2026_12_07_4) upgrades to today's. */
    @Test
    void aDatabaseInstalledWithThePortalsCountUpgrades() {
        EmbeddedPostgres postgres = server.postgres();
        JdbcTemplate admin = new JdbcTemplate(postgres.getPostgresDatabase());
        admin.execute("drop database if exists migration_synced");
        admin.execute("create database migration_synced");
        try {
            String url = postgres.getJdbcUrl("postgres", "migration_synced");
            assertThat(Flyway.configure().dataSource(url, "postgres", server.password()).locations(locations)
                    .target("2026.12.07.4").load().migrate().success).isTrue();
            Flyway flyway = Flyway.configure().dataSource(url, "postgres", server.password()).locations(locations).load();
            assertThat(flyway.migrate().success).isTrue();
            JdbcTemplate upgraded = new JdbcTemplate(postgres.getDatabase("postgres", "migration_synced"));
            assertThat(upgraded.queryForList("select column_name from information_schema.columns where table_name = 'report_day'",
                    String.class)).contains("synced", "fee_bearing", "paid_online");
        } finally {
            admin.execute("drop database if exists migration_synced with (force)");
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

    /**
     * A database installed with the rewrite of five migrations that shipped at 8590460 upgrades to the files as they are:
     * checksums brought over, nothing applied twice ({@link ShippedMigrations}).
     */
    @Test
    void aDatabaseInstalledWithTheRewrittenMigrationsUpgrades() throws Exception {
        EmbeddedPostgres postgres = server.postgres();
        JdbcTemplate admin = new JdbcTemplate(postgres.getPostgresDatabase());
        admin.execute("drop database if exists migration_rewritten");
        admin.execute("create database migration_rewritten");
        Path shipped = Files.createTempDirectory("xaso-shipped-migrations");
        try {
            String url = postgres.getJdbcUrl("postgres", "migration_rewritten");
            List<String> asShipped = new ArrayList<>();
            for (String location : locations) {
                String module = location.substring(location.lastIndexOf('/') + 1);
                Path folder = Files.createDirectories(shipped.resolve(module));
                try (var files = Files.list(Path.of("target/classes/db/migration", module))) {
                    for (Path file : files.toList()) {
                        if (file.getFileName().toString().startsWith("V2026_12_07_4__")) {
                            continue; // not in that release: its column came with V2026_12_07_13
                        }
                        Path rewritten = Path.of("src/test/resources/migrations-shipped-20261207", file.getFileName().toString());
                        Files.copy(Files.exists(rewritten) ? rewritten : file, folder.resolve(file.getFileName()));
                    }
                }
                asShipped.add("filesystem:" + folder);
            }
            assertThat(Flyway.configure().dataSource(url, "postgres", server.password())
                    .locations(asShipped.toArray(String[]::new)).load().migrate().success).isTrue();

            Flyway today = Flyway.configure().dataSource(url, "postgres", server.password()).locations(locations)
                    .callbacks(new ShippedMigrations()).load();
            assertThat(today.migrate().success).isTrue();
            today.validate();
            // V2026_12_07_4 recorded after the later ones: "out of order", applied and not failed
            assertThat(List.of(today.info().applied())).allMatch(m -> m.getState().isApplied() && !m.getState().isFailed())
                    .anyMatch(m -> m.getVersion().getVersion().equals("2026.12.07.4"));
            JdbcTemplate upgraded = new JdbcTemplate(postgres.getDatabase("postgres", "migration_rewritten"));
            assertThat(upgraded.queryForObject("select count(*) from pg_indexes where indexname = 'dossier_open_by_unit'",
                    Integer.class)).isEqualTo(1);
            upgraded.update("insert into report_applied (dossier_code, kind) values ('H40.01-261206-0001', 'RATED')");
            assertThat(upgraded.queryForList("select column_name from information_schema.columns where table_name = 'dossier_facts'",
                    String.class)).contains("portal_synced_at", "fee_bearing", "paid_online");
        } finally {
            admin.execute("drop database if exists migration_rewritten with (force)");
            try (var files = Files.walk(shipped)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }
}
