package vn.xaso.identity;

import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.client.oidc.authentication.logout.OidcLogoutToken;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;

/**
 * The web door's identity-provider logins: {@code /oauth2/authorization/sso} (officials) and {@code …/vneid}
 * (citizens), their refusals as messages on the login page, the provider's back-channel logout
 * ({@code /logout/connect/back-channel/{registration}}, sessions kept in the database) and, on logging out of xaso,
 * logging out there too (RP-initiated logout).
 */
final class SingleSignOn {

    static final Set<String> REFUSALS = Set.of(SsoAccounts.UNKNOWN_OFFICIAL, SsoAccounts.CITIZEN_LEVEL,
            SsoAccounts.CITIZEN_CLAIMS, "access_denied", "unreachable");
    private static final Logger log = LoggerFactory.getLogger(SingleSignOn.class);

    private SingleSignOn() {
    }

    static void configure(HttpSecurity http, IdentityProviders providers, SsoAccounts accounts, ProviderSessions sessions,
            DatabaseOidcSessions oidcSessions) throws Exception {
        AuthenticationFailureHandler refused = (request, response, exception) ->
                response.sendRedirect(request.getContextPath() + "/login?refused=" + refusal(exception));
        http.oauth2Login(login -> login
                        .loginPage("/login")
                        .clientRegistrationRepository(providers)
                        .authorizationEndpoint(authorization -> authorization
                                .authorizationRequestResolver(new AuthorizationRequests(providers)))
                        .authorizedClientRepository(sessions.clients())
                        .userInfoEndpoint(info -> info.oidcUserService(accounts))
                        .defaultSuccessUrl("/", true)
                        .failureHandler(refused)
                        .withObjectPostProcessor(new ObjectPostProcessor<OAuth2AuthorizationRequestRedirectFilter>() {
                            @Override
                            public <O extends OAuth2AuthorizationRequestRedirectFilter> O postProcess(O filter) {
                                filter.setAuthenticationFailureHandler(refused);
                                return filter;
                            }
                        }))
                .oidcLogout(logout -> logout
                        .clientRegistrationRepository(providers)
                        .oidcSessionRegistry(oidcSessions)
                        .backChannel(back -> back.logoutHandler((request, response, authentication) ->
                                oidcSessions.removeSessionInformation((OidcLogoutToken) authentication.getPrincipal()))));
    }

    /** Logging out of xaso after a provider's login logs out there too, then comes back to xaso's login page. */
    static LogoutSuccessHandler logoutThere(IdentityProviders providers, LogoutSuccessHandler local) {
        var there = new OidcClientInitiatedLogoutSuccessHandler(providers);
        there.setPostLogoutRedirectUri("{baseUrl}/login?logout");
        there.setDefaultTargetUrl("/login?logout");
        return (request, response, authentication) -> {
            try {
                there.onLogoutSuccess(request, response, authentication);
            } catch (IdentityProviders.Unreachable unreachable) {
                log.warn("Logged out of xaso only: {}", unreachable.getMessage());
                local.onLogoutSuccess(request, response, authentication);
            }
        };
    }

    private static String refusal(AuthenticationException exception) {
        if (exception.getCause() instanceof IdentityProviders.Unreachable || exception instanceof OAuth2AuthenticationException
                && exception.getCause() instanceof IdentityProviders.Unreachable) {
            return "unreachable";
        }
        String code = exception instanceof OAuth2AuthenticationException oauth ? oauth.getError().getErrorCode() : "";
        return REFUSALS.contains(code) ? code : "provider";
    }
}
