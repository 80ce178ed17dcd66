package vn.xaso.identity;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.stereotype.Component;

/**
 * The identity providers configured: the province's for officials ({@code sso}), VNeID for citizens ({@code vneid}).
 * Each is read from its discovery document when first needed, not at start-up, so that xaso starts (and its own
 * logins work) while a provider is down; until it answers, logging in there is refused with a clear message.
 */
@Component
class IdentityProviders implements ClientRegistrationRepository {

    private final Map<String, Supplier<ClientRegistration>> configured = new LinkedHashMap<>();
    private final Set<String> origins = new LinkedHashSet<>();
    private final Map<String, ClientRegistration> read = new ConcurrentHashMap<>();

    IdentityProviders(SsoProperties sso, VneidProperties vneid) {
        if (sso.configured()) {
            origins.add(origin(sso.issuerUri()));
            configured.put(SsoProperties.REGISTRATION,
                    () -> registration(SsoProperties.REGISTRATION, sso.issuerUri(), sso.clientId(), sso.clientSecret()));
        }
        if (vneid.configured()) {
            origins.add(origin(vneid.issuerUri()));
            configured.put(VneidProperties.REGISTRATION,
                    () -> registration(VneidProperties.REGISTRATION, vneid.issuerUri(), vneid.clientId(), vneid.clientSecret()));
        }
    }

    boolean any() {
        return !configured.isEmpty();
    }

    /** The providers' origins, space first, for the pages' security policy: {@code " https://sso.ninhbinh.gov.vn"}. */
    String origins() {
        return origins.stream().map(origin -> " " + origin).collect(Collectors.joining());
    }

    private static String origin(String issuer) {
        URI uri = URI.create(issuer.strip());
        return uri.getScheme() + "://" + uri.getAuthority();
    }

    boolean has(String registrationId) {
        return configured.containsKey(registrationId);
    }

    /** Null for an unknown provider; {@link Unreachable} while a configured one does not answer. */
    @Override
    public ClientRegistration findByRegistrationId(String registrationId) {
        Supplier<ClientRegistration> provider = configured.get(registrationId);
        if (provider == null) {
            return null;
        }
        return read.computeIfAbsent(registrationId, id -> {
            try {
                return provider.get();
            } catch (RuntimeException e) {
                throw new Unreachable(id, e);
            }
        });
    }

    private static ClientRegistration registration(String id, String issuer, String clientId, String secret) {
        return ClientRegistrations.fromIssuerLocation(issuer.strip())
                .registrationId(id)
                .clientId(clientId)
                .clientSecret(secret == null ? "" : secret)
                .scope("openid", "profile", "email")
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .build();
    }

    static final class Unreachable extends RuntimeException {
        Unreachable(String registrationId, Throwable cause) {
            super("The identity provider " + registrationId + " does not answer: " + cause.getMessage(), cause);
        }
    }
}
