package vn.xaso.identity;

import java.util.Optional;
import java.util.Set;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.ClaimAccessor;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.xaso.organization.Role;

/**
 * Matches a person the identity provider vouches for to xaso's own records, at a login and at every API call with a
 * bearer token: an official (or another system's service account) by the declared username claim, else by
 * {@code preferred_username}, among xaso's active officials — their unit and roles are xaso's, so moving or disabling
 * an official here takes effect at once; a citizen from VNeID by their ID number ({@code SoDinhDanh}), with an account
 * made at their first login. Anyone else is refused.
 */
@Component
class SsoAccounts implements OAuth2UserService<OidcUserRequest, OidcUser>, Converter<Jwt, AbstractAuthenticationToken> {

    /** Refusal codes, shown as messages on the login page ({@code login.refused.<code>}). */
    static final String UNKNOWN_OFFICIAL = "unknown-official";
    static final String CITIZEN_LEVEL = "citizen-level";
    static final String CITIZEN_CLAIMS = "citizen-claims";

    private final OidcUserService provider = new OidcUserService();
    private final AccountDetailsService officials;
    private final Accounts accounts;
    private final SsoProperties sso;
    private final VneidProperties vneid;

    SsoAccounts(AccountDetailsService officials, Accounts accounts, SsoProperties sso, VneidProperties vneid) {
        this.officials = officials;
        this.accounts = accounts;
        this.sso = sso;
        this.vneid = vneid;
    }

    @Override
    @Transactional
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser person = provider.loadUser(request);
        boolean citizen = VneidProperties.REGISTRATION.equals(request.getClientRegistration().getRegistrationId());
        XasoUser user = citizen ? citizen(person) : official(person)
                .orElseThrow(() -> new OAuth2AuthenticationException(new OAuth2Error(UNKNOWN_OFFICIAL)));
        return new SsoUser(user, person.getIdToken(), person.getUserInfo());
    }

    /** A bearer token of the officials' provider: its official or service account, with xaso's unit and roles. */
    @Override
    public AbstractAuthenticationToken convert(Jwt token) {
        XasoUser user = official(token).orElseThrow(() -> new InvalidBearerTokenException(
                "The token's account (" + username(token) + ") is not an active official of xaso"));
        return UsernamePasswordAuthenticationToken.authenticated(user, token, user.getAuthorities());
    }

    private Optional<XasoUser> official(ClaimAccessor claims) {
        String username = username(claims);
        if (username == null || username.isBlank() || username.length() > 64) {
            return Optional.empty();
        }
        try {
            XasoUser user = (XasoUser) officials.loadUserByUsername(username);
            user.eraseCredentials();
            return user.isEnabled() && !user.isCitizen() ? Optional.of(user) : Optional.empty();
        } catch (UsernameNotFoundException unknown) {
            return Optional.empty();
        }
    }

    private String username(ClaimAccessor claims) {
        String declared = claims.getClaimAsString(sso.usernameClaim());
        return declared != null ? declared : claims.getClaimAsString("preferred_username");
    }

    private XasoUser citizen(OidcUser person) {
        String idNumber = person.getClaimAsString("SoDinhDanh");
        String fullName = person.getClaimAsString("HoVaTen");
        if (idNumber == null || !idNumber.matches("\\d{12}") || fullName == null || fullName.isBlank()) {
            throw new OAuth2AuthenticationException(new OAuth2Error(CITIZEN_CLAIMS));
        }
        if (level(person.getClaimAsString("MucDoDinhDanh")) < vneid.minLevel()) {
            throw new OAuth2AuthenticationException(new OAuth2Error(CITIZEN_LEVEL));
        }
        Account account = accounts.findCitizen(idNumber).orElseGet(() -> {
            accounts.insertCitizen("vneid." + idNumber, fullName.strip(), idNumber);
            return accounts.findCitizen(idNumber).orElseThrow();
        });
        return new XasoUser(account.username(), null, fullName.strip(), null, idNumber, Set.of(Role.CITIZEN), true);
    }

    private static int level(String claim) {
        try {
            return claim == null ? 0 : Integer.parseInt(claim.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
