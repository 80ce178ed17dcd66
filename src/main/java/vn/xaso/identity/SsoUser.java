package vn.xaso.identity;

import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Someone logged in at an identity provider: the provider's tokens (for logging out there) around the xaso user
 * they were matched to, whose unit and roles come from xaso's own records. Serializable: it lives in the web session,
 * which is kept in PostgreSQL for every node to read.
 */
final class SsoUser implements OidcUser, java.io.Serializable {

    private static final long serialVersionUID = 1L;

    private final XasoUser user;
    private final OidcIdToken idToken;
    private final OidcUserInfo userInfo;

    SsoUser(XasoUser user, OidcIdToken idToken, OidcUserInfo userInfo) {
        this.user = user;
        this.idToken = idToken;
        this.userInfo = userInfo;
    }

    XasoUser user() {
        return user;
    }

    @Override
    public Map<String, Object> getClaims() {
        return idToken.getClaims();
    }

    @Override
    public OidcUserInfo getUserInfo() {
        return userInfo;
    }

    @Override
    public OidcIdToken getIdToken() {
        return idToken;
    }

    @Override
    public Map<String, Object> getAttributes() {
        return getClaims();
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return user.getAuthorities();
    }

    @Override
    public String getName() {
        return user.getUsername();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SsoUser sso && sso.user.equals(user);
    }

    @Override
    public int hashCode() {
        return Objects.hash(user);
    }

    @Override
    public String toString() {
        return user.toString();
    }
}
