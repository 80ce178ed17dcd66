package vn.xaso.identity;

import java.time.Duration;
import java.util.List;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoderInitializationException;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;

/**
 * Checks the bearer tokens of the officials' identity provider: its signature (keys from the provider, read when the
 * first token comes), its issuer, that it is meant for xaso ({@code aud} holds xaso's client id: the provider adds it
 * with an audience mapper) and its time, with 5 seconds of clock skew rather than a minute, so that a token of a
 * disabled account ends with its own short life.
 */
final class BearerTokens {

    private BearerTokens() {
    }

    static JwtDecoder decoder(SsoProperties sso) {
        String issuer = sso.issuerUri().strip();
        JwtDecoder checked = new SupplierJwtDecoder(() -> {
            NimbusJwtDecoder decoder = NimbusJwtDecoder.withIssuerLocation(issuer).build();
            decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                    new JwtTimestampValidator(Duration.ofSeconds(5)),
                    new JwtIssuerValidator(issuer),
                    new JwtClaimValidator<List<String>>(JwtClaimNames.AUD, audience -> audience != null && audience.contains(sso.clientId()))));
            return decoder;
        });
        return token -> {
            try {
                return checked.decode(token);
            } catch (JwtDecoderInitializationException unreachable) {
                throw new BadJwtException("The identity provider cannot be reached to check the token; try again", unreachable);
            }
        };
    }
}
