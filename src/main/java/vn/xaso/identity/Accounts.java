package vn.xaso.identity;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Login accounts, in plain SQL. */
@Repository
class Accounts {

    private final JdbcClient jdbc;

    Accounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Account> find(String username) {
        return jdbc.sql("""
                select username, password_hash, kind, full_name, id_number, failed_attempts, locked_until
                from account where username = ?""")
                .param(username)
                .query((rs, row) -> {
                    Timestamp lockedUntil = rs.getTimestamp("locked_until");
                    return new Account(rs.getString("username"), rs.getString("password_hash"),
                            Account.Kind.valueOf(rs.getString("kind")), rs.getString("full_name"),
                            rs.getString("id_number"), rs.getInt("failed_attempts"),
                            lockedUntil == null ? null : lockedUntil.toInstant());
                })
                .optional();
    }

    boolean exists(String username) {
        return jdbc.sql("select exists(select 1 from account where username = ?)").param(username)
                .query(Boolean.class).single();
    }

    boolean any() {
        return jdbc.sql("select exists(select 1 from account)").query(Boolean.class).single();
    }

    void insertOfficial(String username, String passwordHash) {
        jdbc.sql("insert into account (username, password_hash, kind) values (?, ?, 'OFFICIAL')")
                .params(username, passwordHash).update();
    }

    void changePassword(String username, String passwordHash) {
        jdbc.sql("update account set password_hash = ?, password_changed_at = now(), failed_attempts = 0, locked_until = null where username = ?")
                .params(passwordHash, username).update();
    }

    void recordSuccess(String username) {
        jdbc.sql("update account set failed_attempts = 0, locked_until = null where username = ? and (failed_attempts > 0 or locked_until is not null)")
                .param(username).update();
    }
}
