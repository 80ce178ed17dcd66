package vn.xaso.identity;

import java.util.Optional;
import org.springframework.stereotype.Component;

/** What the login page offers: which identity providers are set, and the refusal a provider's login came back with. */
@Component
public class LoginOptions {

    private final IdentityProviders providers;

    LoginOptions(IdentityProviders providers) {
        this.providers = providers;
    }

    public boolean officialsProvider() {
        return providers.has(SsoProperties.REGISTRATION);
    }

    public boolean citizensProvider() {
        return providers.has(VneidProperties.REGISTRATION);
    }

    /** The message key of a known refusal ({@code login.refused.<code>}); unknown codes are not echoed. */
    public Optional<String> refusal(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return Optional.of("login.refused." + (SingleSignOn.REFUSALS.contains(code) ? code : "provider"));
    }
}
