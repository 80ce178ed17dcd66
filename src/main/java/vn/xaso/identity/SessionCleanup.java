package vn.xaso.identity;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Removes expired web sessions from PostgreSQL, once a minute on one node of the cluster, a thousand at a time (Spring
 * Session's own cleanup, off, deletes them all in one statement on every node at once, and nodes deadlock on it), then
 * the {@link WebSessions} rows of sessions gone.
 */
@Component
class SessionCleanup {

    private static final int BATCH = 1000;
    private static final Logger log = LoggerFactory.getLogger(SessionCleanup.class);

    private final JdbcClient jdbc;
    private final WebSessions sessions;

    SessionCleanup(JdbcClient jdbc, WebSessions sessions) {
        this.jdbc = jdbc;
        this.sessions = sessions;
    }

    @Scheduled(initialDelayString = "${xaso.identity.session-cleanup-every:PT1M}", fixedDelayString = "${xaso.identity.session-cleanup-every:PT1M}")
    @SchedulerLock(name = "identity.session-cleanup", lockAtMostFor = "PT10M")
    int clean() {
        int expired = 0;
        int removed;
        do {
            removed = jdbc.sql("""
                    delete from spring_session where primary_id in
                        (select primary_id from spring_session where expiry_time < ? limit ?)""")
                    .params(System.currentTimeMillis(), BATCH).update();
            expired += removed;
        } while (removed == BATCH);
        int gone = 0;
        do {
            removed = sessions.forgetGone(BATCH);
            gone += removed;
        } while (removed == BATCH);
        if (expired + gone > 0) {
            log.debug("Removed {} expired sessions, {} notes of sessions gone", expired, gone);
        }
        return expired;
    }
}
