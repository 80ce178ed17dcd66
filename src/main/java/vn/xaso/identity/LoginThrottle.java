package vn.xaso.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Growing delays after failed logins, counted per source address, per account and address, and per account: past
 * a few free failures each further one doubles the time during which that source (or that account) is held back,
 * up to a ceiling. Nothing is ever locked: when the time is up the next attempt is checked again, and a user whose
 * password was verified recently is never held back. A stranger guessing an official's password slows down only
 * themselves (the account-wide delay is short); one guessing many usernames from one address is slowed as well.
 */
final class LoginThrottle {

    /** Failures are forgotten after this long without another one. */
    private static final Duration MEMORY = Duration.ofMinutes(15);
    private static final int MAX_TRACKED = 200_000;

    private final Limits address;
    private final Limits accountAtAddress;
    private final Limits account;
    private final Map<String, Strikes> strikes = new ConcurrentHashMap<>();

    /** How many failures are free, and the longest delay after them. */
    record Limits(int free, Duration maxDelay) {
    }

    LoginThrottle(Limits address, Limits accountAtAddress, Limits account) {
        this.address = address;
        this.accountAtAddress = accountAtAddress;
        this.account = account;
    }

    /** Whether an attempt for {@code username} from {@code from} must wait: it is then refused without a check. */
    boolean holds(String from, String username, Instant now) {
        return held("a|" + from, now) || held("p|" + username + "|" + from, now) || held("u|" + username, now);
    }

    void failed(String from, String username, Instant now) {
        if (strikes.size() > MAX_TRACKED) {
            strikes.values().removeIf(s -> s.last().plus(MEMORY).isBefore(now));
        }
        strike("a|" + from, address, now);
        strike("p|" + username + "|" + from, accountAtAddress, now);
        strike("u|" + username, account, now);
    }

    /** The right password from this address: its own and the account's strikes are forgiven (the address's stay). */
    void succeeded(String from, String username) {
        strikes.remove("p|" + username + "|" + from);
        strikes.remove("u|" + username);
    }

    private boolean held(String key, Instant now) {
        Strikes s = strikes.get(key);
        return s != null && s.heldUntil() != null && now.isBefore(s.heldUntil());
    }

    private void strike(String key, Limits limits, Instant now) {
        strikes.compute(key, (k, s) -> {
            int failures = s == null || s.last().plus(MEMORY).isBefore(now) ? 1 : s.failures() + 1;
            Instant heldUntil = failures <= limits.free() ? null : now.plus(delay(failures - limits.free(), limits.maxDelay()));
            return new Strikes(failures, now, heldUntil);
        });
    }

    /** 1 s after the first failure past the free ones, then 2, 4, 8 … up to the ceiling. */
    static Duration delay(int beyondFree, Duration max) {
        if (beyondFree >= 31) {
            return max;
        }
        Duration delay = Duration.ofSeconds(1L << (beyondFree - 1));
        return delay.compareTo(max) > 0 ? max : delay;
    }

    private record Strikes(int failures, Instant last, Instant heldUntil) {
    }
}
