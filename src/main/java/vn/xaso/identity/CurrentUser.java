package vn.xaso.identity;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import vn.xaso.api.Forbidden;

/** The user of the current request. */
@Component
public class CurrentUser {

    public Optional<XasoUser> find() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof XasoUser user
                ? Optional.of(user) : Optional.empty();
    }

    public XasoUser get() {
        return find().orElseThrow(() -> new Forbidden("identity.not-logged-in"));
    }
}
