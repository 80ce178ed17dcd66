package vn.xaso.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Checks a username and password, for the login form and HTTP Basic alike. Every refusal — wrong password, unknown
 * user, disabled account, an attempt held back by {@link LoginThrottle} — gives the same answer after the same time
 * ({@code xaso.identity.failure-answer-time}), so none tells an attacker which usernames exist. BCrypt runs only
 * for attempts that are not held back, and a password verified recently costs no BCrypt at all.
 */
@Component
class PasswordLogin implements AuthenticationProvider {

    private final AccountDetailsService accounts;
    private final RememberingPasswordEncoder passwords;
    private final LoginThrottle throttle;
    private final Duration failureAnswerTime;
    /** Compared against when the username is unknown, so that the work done is the same. */
    private final String unknownUserHash;

    PasswordLogin(AccountDetailsService accounts, RememberingPasswordEncoder passwords, IdentityProperties properties) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.throttle = new LoginThrottle(
                new LoginThrottle.Limits(properties.freeFailuresPerAddress(), properties.maxDelay()),
                new LoginThrottle.Limits(properties.freeFailuresPerAccount(), properties.maxDelay()),
                new LoginThrottle.Limits(properties.freeFailuresPerAccountEverywhere(), properties.maxAccountDelay()));
        this.failureAnswerTime = properties.failureAnswerTime();
        this.unknownUserHash = passwords.encode(UUID.randomUUID().toString());
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        long started = System.nanoTime();
        String username = attempt.getName() == null ? "" : attempt.getName();
        String password = attempt.getCredentials() == null ? "" : attempt.getCredentials().toString();
        String from = attempt.getDetails() instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null
                ? web.getRemoteAddress() : "unknown";
        UserDetails user = find(username);
        // every API call comes here: a password verified recently is the quick, common case
        boolean remembered = user != null && passwords.remembers(password, user.getPassword());
        boolean held = !remembered && throttle.holds(from, username, Instant.now());
        boolean matches = remembered
                || !held && passwords.matches(password, user != null ? user.getPassword() : unknownUserHash);
        if (matches && user != null && user.isEnabled()) {
            throttle.succeeded(from, username);
            var authenticated = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
            authenticated.setDetails(attempt.getDetails());
            return authenticated;
        }
        throttle.failed(from, username, Instant.now());
        answerAfter(started, failureAnswerTime);
        throw new LoginRefused(held);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private UserDetails find(String username) {
        if (username.isEmpty() || username.length() > 254) {
            return null;
        }
        try {
            return accounts.loadUserByUsername(username);
        } catch (UsernameNotFoundException e) {
            return null;
        }
    }

    /** Waits, without using the CPU, until {@code time} has passed since {@code started}. */
    private static void answerAfter(long started, Duration time) {
        long deadline = started + time.toNanos();
        for (long left = deadline - System.nanoTime(); left > 0; left = deadline - System.nanoTime()) {
            LockSupport.parkNanos(left);
            if (Thread.interrupted()) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Every refusal looks the same to the caller; {@code held} is for the audit trail only. */
    static final class LoginRefused extends BadCredentialsException {
        private final boolean held;

        LoginRefused(boolean held) {
            super("Bad credentials");
            this.held = held;
        }

        boolean held() {
            return held;
        }
    }
}
