package vn.xaso.identity;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.xaso.organization.Official;
import vn.xaso.organization.Organization;

/**
 * Demo accounts, all with the password {@code demo}: every demo official, the national portal's system account
 * {@code dvcqg}, and the citizen {@code congdan}.
 */
@Component
@Profile("demo & !prod")
@Order(2)
class DemoAccounts implements ApplicationRunner {

    static final String PASSWORD = "demo";
    /** The demo national portal's account: the only one that hands in its dossiers. */
    static final String PORTAL = "dvcqg";

    private final Organization organization;
    private final Accounts accounts;
    private final JdbcTemplate jdbc;
    private final PasswordEncoder passwords;

    DemoAccounts(Organization organization, Accounts accounts, JdbcTemplate jdbc, PasswordEncoder passwords) {
        this.organization = organization;
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.passwords = passwords;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (accounts.any()) {
            // a demo loaded before the national portal had an account of its own
            if (accounts.find(PORTAL).isEmpty() && organization.official(PORTAL).isPresent()) {
                jdbc.update("insert into account (username, password_hash, kind) values (?, ?, 'OFFICIAL')", PORTAL,
                        passwords.encode(PASSWORD));
            }
            return;
        }
        String hash = passwords.encode(PASSWORD);
        List<Object[]> rows = new ArrayList<>();
        String after = null;
        List<Official> page;
        do {
            page = organization.officials(null, null, after, 500);
            page.forEach(official -> rows.add(new Object[] {official.username(), hash}));
            after = page.isEmpty() ? null : page.get(page.size() - 1).username();
        } while (page.size() == 500);
        jdbc.batchUpdate("insert into account (username, password_hash, kind) values (?, ?, 'OFFICIAL')", rows);
        jdbc.update("insert into account (username, password_hash, kind, full_name, id_number) values (?, ?, 'CITIZEN', ?, ?)",
                "congdan", hash, "Phạm Minh Đức", "037095000001");
    }
}
