package vn.xaso.identity;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.stereotype.Component;
import vn.xaso.api.Forbidden;

/** The user of the current request. */
@Component
public class CurrentUser {

    public Optional<XasoUser> find() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? Optional.empty() : of(authentication.getPrincipal());
    }

    /** The xaso user behind a principal: a password login's, or the one a single-sign-on login was matched to. */
    static Optional<XasoUser> of(Object principal) {
        if (principal instanceof XasoUser user) {
            return Optional.of(user);
        }
        return principal instanceof SsoUser sso ? Optional.of(sso.user()) : Optional.empty();
    }

    /** Whether the current user logged in through VNeID (the national e-identity), not with a password of xaso's. */
    public boolean loggedInWithVneid() {
        return SecurityContextHolder.getContext().getAuthentication() instanceof OAuth2AuthenticationToken token
                && VneidProperties.REGISTRATION.equals(token.getAuthorizedClientRegistrationId());
    }

    public XasoUser get() {
        return find().orElseThrow(() -> new Forbidden("identity.not-logged-in"));
    }
}
