package vn.xaso.identity;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The province's identity provider for officials, e.g. a Keycloak realm; off while {@code issuer-uri} is blank. The
 * secret comes from the environment ({@code XASO_SSO_CLIENT_SECRET}).
 *
 * @param usernameClaim the claim naming the official's xaso account (a user attribute declared at the provider); a
 *                      token without it is matched by {@code preferred_username}
 * @param recheckEvery  how often a web session asks the provider again whether the person may still work (a refresh
 *                      of the token, refused once the account is disabled or logged out there)
 */
@ConfigurationProperties("xaso.sso")
record SsoProperties(String issuerUri, String clientId, String clientSecret, String usernameClaim, Duration recheckEvery) {

    static final String REGISTRATION = "sso";

    SsoProperties {
        clientId = clientId == null || clientId.isBlank() ? "xaso" : clientId;
        usernameClaim = usernameClaim == null || usernameClaim.isBlank() ? "xaso_username" : usernameClaim;
        recheckEvery = recheckEvery == null ? Duration.ofSeconds(60) : recheckEvery;
    }

    boolean configured() {
        return issuerUri != null && !issuerUri.isBlank();
    }
}
