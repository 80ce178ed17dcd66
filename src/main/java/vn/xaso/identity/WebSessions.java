package vn.xaso.identity;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The logged-in web sessions, in the database so that every node sees them: a session is ended here (by the identity
 * provider's back-channel logout, or because an official's access changed) and {@link SessionGuard} closes it at its
 * next request, on whichever node that comes.
 */
@Repository
class WebSessions {

    private final JdbcClient jdbc;

    WebSessions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A password login ({@code provider} null) or a login at an identity provider with its session id and subject. */
    void opened(String sessionId, String username, Provider provider) {
        jdbc.sql("""
                insert into web_session (session_id, username, issuer, sid, subject) values (?, ?, ?, ?, ?)
                on conflict (session_id) do update set username = excluded.username,
                    issuer = excluded.issuer, sid = excluded.sid, subject = excluded.subject, opened_at = now(),
                    ended_at = null, ended_why = null""")
                .params(sessionId, username, provider == null ? null : provider.issuer(), provider == null ? null : provider.sid(),
                        provider == null ? null : provider.subject())
                .update();
    }

    boolean ended(String sessionId) {
        return jdbc.sql("select exists(select 1 from web_session where session_id = ? and ended_at is not null)")
                .param(sessionId).query(Boolean.class).single();
    }

    /** Every open session of the person at that provider's session ({@code sid}), or all of theirs without one. */
    void endAtProvider(String issuer, String sid, String subject, String why) {
        if (sid != null) {
            jdbc.sql("update web_session set ended_at = now(), ended_why = ? where issuer = ? and sid = ? and ended_at is null")
                    .params(why, issuer, sid).update();
        } else {
            jdbc.sql("update web_session set ended_at = now(), ended_why = ? where issuer = ? and subject = ? and ended_at is null")
                    .params(why, issuer, subject).update();
        }
    }

    void endAll(String username, String why) {
        jdbc.sql("update web_session set ended_at = now(), ended_why = ? where username = ? and ended_at is null")
                .params(why, username).update();
    }

    void forget(String sessionId) {
        jdbc.sql("delete from web_session where session_id = ?").param(sessionId).update();
    }

    /**
     * Rows of sessions that are gone (expired, logged out): at most {@code batch} of them; returns how many. A row is
     * written during its login, before the session itself is stored at the end of that request: only rows older than
     * five minutes are judged.
     */
    int forgetGone(int batch) {
        return jdbc.sql("""
                delete from web_session where session_id in (select w.session_id from web_session w
                    where w.opened_at < now() - interval '5 minutes'
                      and not exists (select 1 from spring_session s where s.session_id = w.session_id) limit ?)""")
                .param(batch).update();
    }

    record Provider(String issuer, String sid, String subject) {
    }
}
