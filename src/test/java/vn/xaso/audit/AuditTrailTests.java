package vn.xaso.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.xaso.Api;
import vn.xaso.XasoTest;

@XasoTest
class AuditTrailTests {

    @LocalServerPort
    int port;
    @Autowired
    AuditTrail trail;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;
    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    @Test
    void aChangeIsRecordedWithWhoAndBeforeAndAfter() {
        var response = api.put("/api/v1/officials/vanthu.binhan", "admin", "{\"title\": \"Văn thư UBND xã\"}");
        assertThat(response.status()).isEqualTo(200);

        List<AuditEntry> entries = await().atMost(Duration.ofSeconds(10))
                .until(() -> trail.about("official", "vanthu.binhan"), list -> !list.isEmpty());
        AuditEntry entry = entries.get(entries.size() - 1);
        assertThat(entry.actor()).isEqualTo("admin");
        assertThat(entry.action()).isEqualTo("official.updated");
        assertThat(entry.unitCode()).isEqualTo("H40.01");
        assertThat(entry.before()).contains("\"title\":\"Văn thư\"");
        assertThat(entry.after()).contains("\"title\":\"Văn thư UBND xã\"");
    }

    @Test
    void aFailedLoginIsRecorded() {
        assertThat(api.get("/api/v1/me", "lanhdao.thientruong", "not-the-password").status()).isEqualTo(401);
        await().atMost(Duration.ofSeconds(10)).until(() -> trail.about("account", "lanhdao.thientruong").stream()
                .anyMatch(entry -> entry.action().equals("login.failed") && entry.actor().equals("lanhdao.thientruong")));
    }

    @Test
    void theTrailRefusesUpdatesAndDeletes() {
        long id = someEntry();
        assertThatThrownBy(() -> jdbc.update("update audit_entry set actor = 'mallory' where id = ?", id))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from audit_entry where id = ?", id))
                .hasMessageContaining("append-only");
    }

    @Test
    void theCheckFindsTheFirstModifiedEntry() throws SQLException {
        long id = someEntry();
        assertThat(trail.check().intact()).isTrue();
        String original = jdbc.queryForObject("select actor from audit_entry where id = ?", String.class, id);
        try {
            tamper("update audit_entry set actor = 'mallory' where id = ?", id);
            ChainCheck check = trail.check();
            assertThat(check.intact()).isFalse();
            assertThat(check.firstBrokenId()).isEqualTo(id);
            assertThat(check.problem()).contains("changed");
        } finally {
            tamper("update audit_entry set actor = '" + original + "' where id = ?", id);
        }
        assertThat(trail.check().intact()).isTrue();
    }

    @Test
    void theCheckFindsARemovedEntry() throws SQLException {
        long id = someEntry();
        long next = jdbc.queryForObject("select min(id) from audit_entry where id > ?", Long.class, id);
        var row = jdbc.queryForMap("select * from audit_entry where id = ?", id);
        try {
            tamper("delete from audit_entry where id = ?", id);
            ChainCheck check = trail.check();
            assertThat(check.firstBrokenId()).isEqualTo(next);
            assertThat(check.problem()).contains("link");
        } finally {
            try (Connection connection = dataSource.getConnection()) {
                connection.createStatement().execute("set session_replication_role = replica");
                try (PreparedStatement insert = connection.prepareStatement("""
                        insert into audit_entry (id, at, actor, unit_code, action, subject_type, subject_id,
                                                 before_state, after_state, prev_hash, hash)
                        overriding system value values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
                    int i = 1;
                    for (String column : List.of("id", "at", "actor", "unit_code", "action", "subject_type", "subject_id",
                            "before_state", "after_state", "prev_hash", "hash")) {
                        insert.setObject(i++, row.get(column));
                    }
                    insert.executeUpdate();
                } finally {
                    connection.createStatement().execute("set session_replication_role = origin");
                }
            }
        }
        assertThat(trail.check().intact()).isTrue();
    }

    /** An entry with at least one after it, so both a change and a removal are detectable. */
    private long someEntry() {
        api.put("/api/v1/officials/vanthu.thientruong", "admin", "{\"title\": \"Văn thư\"}");
        api.put("/api/v1/officials/vanthu.thientruong", "admin", "{\"title\": \"Văn thư phường\"}");
        await().atMost(Duration.ofSeconds(10)).until(() -> trail.about("official", "vanthu.thientruong").size() >= 2);
        return trail.about("official", "vanthu.thientruong").get(0).id();
    }

    /** What an attacker with database access would do: bypass the append-only triggers. */
    private void tamper(String sql, long id) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.createStatement().execute("set session_replication_role = replica");
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setLong(1, id);
                statement.executeUpdate();
            } finally {
                connection.createStatement().execute("set session_replication_role = origin");
            }
        }
    }
}
