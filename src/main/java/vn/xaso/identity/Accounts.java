package vn.xaso.identity;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Login accounts, in plain SQL. */
@Repository
class Accounts {

    /** Not a BCrypt hash: no password matches it. */
    static final String NO_PASSWORD = "-";

    private final JdbcClient jdbc;

    Accounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Account> find(String username) {
        return jdbc.sql("""
                select username, password_hash, kind, full_name, id_number from account where username = ?""")
                .param(username)
                .query((rs, row) -> new Account(rs.getString("username"), rs.getString("password_hash"),
                        Account.Kind.valueOf(rs.getString("kind")), rs.getString("full_name"), rs.getString("id_number")))
                .optional();
    }

    Optional<Account> findCitizen(String idNumber) {
        return jdbc.sql("select username from account where kind = 'CITIZEN' and id_number = ?").param(idNumber)
                .query(String.class).optional().flatMap(this::find);
    }

    /** A citizen known only through their identity provider: no password of xaso's opens the account. */
    void insertCitizen(String username, String fullName, String idNumber) {
        jdbc.sql("""
                insert into account (username, password_hash, kind, full_name, id_number) values (?, ?, 'CITIZEN', ?, ?)
                on conflict do nothing""")
                .params(username, NO_PASSWORD, fullName, idNumber).update();
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
        jdbc.sql("update account set password_hash = ?, password_changed_at = now() where username = ?")
                .params(passwordHash, username).update();
    }
}
