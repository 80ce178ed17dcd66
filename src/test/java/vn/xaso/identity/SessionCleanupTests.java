package vn.xaso.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.xaso.XasoTest;

/** Expired sessions and the notes of sessions gone are removed; a login's note is not, before its session is stored. */
@XasoTest
class SessionCleanupTests {

    @Autowired
    SessionCleanup cleanup;
    @Autowired
    JdbcClient jdbc;

    /**
     * Found by the suite on a fresh clone: the note of a single-sign-on login is written during the login, its session at
     * the end of that request; a cleanup in between took the note for one of a session gone, and the provider's
     * back-channel logout then found nothing to end.
     */
    @Test
    void aLoginsNoteStaysWhileItsSessionIsNotStoredYetAndANoteOfASessionGoneGoes() {
        String loggingIn = UUID.randomUUID().toString();
        String gone = UUID.randomUUID().toString();
        jdbc.sql("insert into web_session (session_id, username) values (?, 'motcua.binhan')").param(loggingIn).update();
        jdbc.sql("insert into web_session (session_id, username, opened_at) values (?, 'motcua.binhan', now() - interval '10 minutes')")
                .param(gone).update();

        cleanup.clean();

        assertThat(notes(loggingIn)).as("the login's note").isEqualTo(1);
        assertThat(notes(gone)).as("the note of a session gone").isZero();
        jdbc.sql("delete from web_session where session_id = ?").param(loggingIn).update();
    }

    private int notes(String sessionId) {
        return jdbc.sql("select count(*) from web_session where session_id = ?").param(sessionId).query(Integer.class).single();
    }
}
