package vn.xaso.identity;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import vn.xaso.organization.OfficialAccessChanged;

/**
 * Keeps {@link WebSessions} in step with the sessions: a password login is noted (single-sign-on logins are noted by
 * {@link DatabaseOidcSessions}; a logout forgets its session, {@link SessionCleanup} those that expired), and every
 * session of an official whose unit, roles or status changed is ended, so a moved official cannot keep working on their old unit from any node. API calls
 * re-check the account on every request anyway.
 */
@Component
class SessionTermination {

    static final String ACCESS_CHANGED = "ACCESS_CHANGED";

    private final WebSessions sessions;

    SessionTermination(WebSessions sessions) {
        this.sessions = sessions;
    }

    @EventListener
    void on(InteractiveAuthenticationSuccessEvent event) {
        if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken
                && RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            sessions.opened(request.getSession().getId(), event.getAuthentication().getName(), null);
        }
    }

    @TransactionalEventListener
    void on(OfficialAccessChanged event) {
        sessions.endAll(event.username(), ACCESS_CHANGED);
    }
}
