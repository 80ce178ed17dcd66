package vn.xaso.identity;

import java.time.Instant;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.xaso.audit.AuditEvent;

/**
 * Counts wrong passwords, locks an account after too many in a row, and puts every interactive login
 * and every failed attempt on the audit trail.
 */
@Component
class LoginAttempts {

    private final Accounts accounts;
    private final IdentityProperties properties;
    private final ApplicationEventPublisher events;

    LoginAttempts(Accounts accounts, IdentityProperties properties, ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.properties = properties;
        this.events = events;
    }

    @EventListener
    @Transactional
    public void on(AbstractAuthenticationFailureEvent event) {
        String username = event.getAuthentication().getName();
        String action = "login.failed";
        if (event instanceof AuthenticationFailureBadCredentialsEvent) {
            int failures = accounts.recordFailure(username, properties.maxFailedLogins(),
                    Instant.now().plus(properties.lockout()));
            if (failures >= properties.maxFailedLogins()) {
                action = "login.locked-out";
            }
        } else if (event instanceof AuthenticationFailureLockedEvent) {
            action = "login.refused-locked";
        }
        events.publishEvent(new AuditEvent(Instant.now(), username, null, action, "account", username, null,
                event.getException().getClass().getSimpleName()));
    }

    @EventListener
    public void on(AuthenticationSuccessEvent event) {
        // every API call authenticates: write only when there are failures to forget
        if (event.getAuthentication().getPrincipal() instanceof XasoUser user && user.hadFailedLogins()) {
            accounts.recordSuccess(user.getUsername());
        }
    }

    @EventListener
    @Transactional
    public void on(LogoutSuccessEvent event) {
        String username = event.getAuthentication().getName();
        String unit = event.getAuthentication().getPrincipal() instanceof XasoUser user ? user.unitCode() : null;
        events.publishEvent(new AuditEvent(Instant.now(), username, unit, "logout", "account", username, null, null));
    }

    @EventListener
    @Transactional
    public void on(InteractiveAuthenticationSuccessEvent event) {
        String username = event.getAuthentication().getName();
        String unit = event.getAuthentication().getPrincipal() instanceof XasoUser user ? user.unitCode() : null;
        events.publishEvent(new AuditEvent(Instant.now(), username, unit, "login", "account", username, null, null));
    }
}
