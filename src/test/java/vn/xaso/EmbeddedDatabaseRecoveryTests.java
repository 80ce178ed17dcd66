package vn.xaso;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The embedded PostgreSQL after a crash: a kill -9 of the JVM leaves its server running on the data folder; the
 * next start must stop that orphan by itself, keep every committed row, and never touch a server of another folder.
 */
class EmbeddedDatabaseRecoveryTests {

    @TempDir
    Path temp;

    @Test
    void aServerOrphanedByAKilledJvmIsStoppedAndTheDataIsKept() throws Exception {
        Path folder = temp.resolve("postgres");
        killedAfterCommitting(folder, "(1), (2)");
        assertThat(OrphanedPostgres.postgresProcessesIn(folder)).as("the server outlives its JVM").isNotEmpty();

        long started = System.nanoTime();
        try (EmbeddedDatabase.Server server = EmbeddedDatabase.start(folder, 0, null, Map.of())) {
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(30));
            JdbcTemplate jdbc = new JdbcTemplate(server.postgres().getPostgresDatabase());
            assertThat(jdbc.queryForObject("select count(*) from acknowledged", Integer.class)).isEqualTo(2);
            assertThat(jdbc.queryForObject("show fsync", String.class)).isEqualTo("on");
        }
        assertThat(OrphanedPostgres.postgresProcessesIn(folder)).isEmpty();
    }

    @Test
    void afterKillingTheJvmAndPostgresTooCrashRecoveryKeepsCommittedRows() throws Exception {
        Path folder = temp.resolve("postgres");
        killedAfterCommitting(folder, "(7)");
        OrphanedPostgres.postgresProcessesIn(folder).forEach(ProcessHandle::destroyForcibly);

        try (EmbeddedDatabase.Server server = EmbeddedDatabase.start(folder, 0, null, Map.of())) {
            JdbcTemplate jdbc = new JdbcTemplate(server.postgres().getPostgresDatabase());
            assertThat(jdbc.queryForObject("select id from acknowledged", Integer.class)).isEqualTo(7);
        }
    }

    @Test
    void aServerOfAnotherFolderIsNeverTouched() throws Exception {
        Path theirs = temp.resolve("theirs");
        Process jvm = startInAnotherJvm(theirs);
        jvm.destroyForcibly().waitFor();
        var theirProcesses = OrphanedPostgres.postgresProcessesIn(theirs);
        try (EmbeddedDatabase.Server ignored = EmbeddedDatabase.start(temp.resolve("ours"), 0, null, Map.of())) {
            assertThat(theirProcesses).allMatch(ProcessHandle::isAlive);
        } finally {
            OrphanedPostgres.stopOn(theirs, Duration.ofSeconds(30));
        }
        assertThat(theirProcesses).noneMatch(ProcessHandle::isAlive);
    }

    @Test
    void connectionsNeedThePasswordKeptOwnerOnlyInTheFolder() throws Exception {
        Path folder = temp.resolve("postgres");
        try (EmbeddedDatabase.Server server = EmbeddedDatabase.start(folder, 0, null, Map.of())) {
            Path secret = folder.resolve(EmbeddedDatabaseAccess.PASSWORD_FILE);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(secret))).isEqualTo("rw-------");
            assertThat(Files.readString(secret)).isEqualTo(server.password()).hasSizeGreaterThanOrEqualTo(32);
            String url = "jdbc:postgresql://127.0.0.1:" + server.postgres().getPort() + "/postgres";
            assertThatThrownBy(() -> DriverManager.getConnection(url, "postgres", "").close())
                    .hasMessageContaining("password");
            assertThatThrownBy(() -> DriverManager.getConnection(url, "postgres", "wrong").close())
                    .hasMessageContaining("password authentication failed");
            DriverManager.getConnection(url, "postgres", server.password()).close();
        }
        // the next start reads the kept password and still requires it
        try (EmbeddedDatabase.Server again = EmbeddedDatabase.start(folder, 0, null, Map.of())) {
            assertThat(again.password()).isEqualTo(Files.readString(folder.resolve(EmbeddedDatabaseAccess.PASSWORD_FILE)));
        }
    }

    @Test
    void aGivenPasswordIsUsedAndNotWrittenDown() throws Exception {
        Path folder = temp.resolve("postgres");
        try (EmbeddedDatabase.Server server = EmbeddedDatabase.start(folder, 0, "from-the-environment", Map.of())) {
            assertThat(folder.resolve(EmbeddedDatabaseAccess.PASSWORD_FILE)).doesNotExist();
            String url = "jdbc:postgresql://127.0.0.1:" + server.postgres().getPort() + "/postgres";
            DriverManager.getConnection(url, "postgres", "from-the-environment").close();
        }
    }

    /** Another JVM starts the database on {@code folder}, commits {@code rows} and is killed (kill -9). */
    private static void killedAfterCommitting(Path folder, String rows) throws Exception {
        Process jvm = startInAnotherJvm(folder);
        jdbc(portOf(folder), folder).execute("create table acknowledged(id int primary key); insert into acknowledged values " + rows);
        jvm.destroyForcibly().waitFor();
    }

    private static Process startInAnotherJvm(Path folder) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                EmbeddedServerProcess.class.getName(), folder.toString()).redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            if (line.equals("READY")) {
                Thread drain = new Thread(() -> out.lines().forEach(l -> { }));
                drain.setDaemon(true);
                drain.start();
                return process;
            }
        }
        throw new IllegalStateException("the other JVM ended before its database was ready");
    }

    private static int portOf(Path folder) throws Exception {
        return Integer.parseInt(Files.readAllLines(folder.resolve("postmaster.pid")).get(3).strip());
    }

    private static JdbcTemplate jdbc(int port, Path folder) throws Exception {
        String password = Files.readString(folder.resolve(EmbeddedDatabaseAccess.PASSWORD_FILE));
        var dataSource = new org.springframework.jdbc.datasource.DriverManagerDataSource(
                "jdbc:postgresql://127.0.0.1:" + port + "/postgres", "postgres", password);
        return new JdbcTemplate(dataSource);
    }
}
