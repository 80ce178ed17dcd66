package vn.xaso.identity;

import java.util.List;
import org.springframework.security.oauth2.client.oidc.authentication.logout.OidcLogoutToken;
import org.springframework.security.oauth2.client.oidc.session.OidcSessionInformation;
import org.springframework.security.oauth2.client.oidc.session.OidcSessionRegistry;
import org.springframework.stereotype.Component;

/**
 * Spring Security's registry of single-sign-on sessions, for the identity provider's back-channel logout, kept in
 * {@link WebSessions} rather than in one node's memory: the logout may reach any node. A logout ends the person's
 * sessions there; each closes at its next request ({@link SessionGuard}), so nothing is returned for the caller to do.
 */
@Component
class DatabaseOidcSessions implements OidcSessionRegistry {

    static final String BACK_CHANNEL_LOGOUT = "PROVIDER_LOGOUT";

    private final WebSessions sessions;

    DatabaseOidcSessions(WebSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public void saveSessionInformation(OidcSessionInformation info) {
        var user = info.getPrincipal();
        var token = user.getIdToken();
        sessions.opened(info.getSessionId(), user.getName(), new WebSessions.Provider(token.getIssuer().toString(), token.getClaimAsString("sid"), token.getSubject()));
    }

    @Override
    public OidcSessionInformation removeSessionInformation(String clientSessionId) {
        sessions.forget(clientSessionId);
        return null;
    }

    @Override
    public Iterable<OidcSessionInformation> removeSessionInformation(OidcLogoutToken logoutToken) {
        sessions.endAtProvider(logoutToken.getIssuer().toString(), logoutToken.getSessionId(), logoutToken.getSubject(),
                BACK_CHANNEL_LOGOUT);
        return List.of();
    }
}
