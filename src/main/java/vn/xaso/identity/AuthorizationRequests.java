package vn.xaso.identity;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;

/**
 * The requests that send a person to the identity provider, with PKCE; {@code /oauth2/authorization/sso?setup=totp}
 * asks the provider to set up a second factor (an authenticator app's one-time codes) before coming back: Keycloak's
 * application-initiated action {@code CONFIGURE_TOTP}. From then on the provider asks that person for a code at every
 * login (Keycloak's browser flow asks everyone who has one).
 */
class AuthorizationRequests implements OAuth2AuthorizationRequestResolver {

    static final String SETUP_PARAMETER = "setup";
    static final String SECOND_FACTOR = "totp";

    private final DefaultOAuth2AuthorizationRequestResolver requests;

    AuthorizationRequests(IdentityProviders providers) {
        requests = new DefaultOAuth2AuthorizationRequestResolver(providers, "/oauth2/authorization");
    }

    @Override
    public OAuth2AuthorizationRequest resolve(HttpServletRequest request) {
        return withSetup(request, requests.resolve(request));
    }

    @Override
    public OAuth2AuthorizationRequest resolve(HttpServletRequest request, String clientRegistrationId) {
        return withSetup(request, requests.resolve(request, clientRegistrationId));
    }

    private static OAuth2AuthorizationRequest withSetup(HttpServletRequest request, OAuth2AuthorizationRequest authorization) {
        if (authorization == null || !SECOND_FACTOR.equals(request.getParameter(SETUP_PARAMETER))) {
            return authorization;
        }
        return OAuth2AuthorizationRequest.from(authorization)
                .additionalParameters(parameters -> parameters.put("kc_action", "CONFIGURE_TOTP"))
                .build();
    }
}
