package vn.xaso.identity;

import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.xaso.organization.OfficialAccessChanged;

/**
 * Ends every open web session of an official whose unit, roles or status changed, so a moved official
 * cannot keep working on their old unit. API calls re-check the account on every request anyway.
 */
@Component
class SessionTermination {

    private final SessionRegistry sessions;

    SessionTermination(SessionRegistry sessions) {
        this.sessions = sessions;
    }

    @TransactionalEventListener
    void on(OfficialAccessChanged event) {
        sessions.getAllPrincipals().stream()
                .filter(principal -> principal instanceof XasoUser user && user.getUsername().equals(event.username()))
                .flatMap(principal -> sessions.getAllSessions(principal, false).stream())
                .forEach(SessionInformation::expireNow);
    }
}
