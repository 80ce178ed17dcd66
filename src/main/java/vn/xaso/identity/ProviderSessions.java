package vn.xaso.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.endpoint.OAuth2RefreshTokenGrantRequest;
import org.springframework.security.oauth2.client.endpoint.RestClientRefreshTokenTokenResponseClient;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.endpoint.OAuth2AccessTokenResponse;
import org.springframework.stereotype.Component;

/**
 * The identity provider's tokens of each single-sign-on session, kept in the session itself (so any node that has the
 * session has them), and the periodic question to the provider whether the person may still work here.
 */
@Component
class ProviderSessions {

    private final OAuth2AuthorizedClientRepository clients = new HttpSessionOAuth2AuthorizedClientRepository();
    private final RestClientRefreshTokenTokenResponseClient refresher = new RestClientRefreshTokenTokenResponseClient();
    private final Duration recheckEvery;

    ProviderSessions(SsoProperties sso) {
        this.recheckEvery = sso.recheckEvery();
    }

    OAuth2AuthorizedClientRepository clients() {
        return clients;
    }

    Duration recheckEvery() {
        return recheckEvery;
    }

    /**
     * Refreshes the session's token: a provider that refuses ({@code invalid_grant}: the account was disabled, or the
     * session ended there) no longer lets the person in. Any other failure (the provider unreachable) is thrown.
     */
    boolean stillAllowed(OAuth2AuthenticationToken sso, HttpServletRequest request, HttpServletResponse response) {
        OAuth2AuthorizedClient client = clients.loadAuthorizedClient(sso.getAuthorizedClientRegistrationId(), sso, request);
        if (client == null || client.getRefreshToken() == null) {
            return true; // nothing to ask with: the session lives its own time
        }
        OAuth2AccessTokenResponse answer;
        try {
            answer = refresher.getTokenResponse(new OAuth2RefreshTokenGrantRequest(client.getClientRegistration(),
                    client.getAccessToken(), client.getRefreshToken()));
        } catch (OAuth2AuthorizationException refused) {
            if (OAuth2ErrorCodes.INVALID_GRANT.equals(refused.getError().getErrorCode())) {
                clients.removeAuthorizedClient(sso.getAuthorizedClientRegistrationId(), sso, request, response);
                return false;
            }
            throw refused;
        }
        clients.saveAuthorizedClient(new OAuth2AuthorizedClient(client.getClientRegistration(), client.getPrincipalName(),
                answer.getAccessToken(), answer.getRefreshToken() != null ? answer.getRefreshToken() : client.getRefreshToken()),
                sso, request, response);
        return true;
    }
}
