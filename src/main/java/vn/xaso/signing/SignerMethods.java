package vn.xaso.signing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.xaso.api.Conflict;
import vn.xaso.api.InvalidInput;
import vn.xaso.api.Refusal;
import vn.xaso.audit.AuditEvent;

/**
 * How each signer confirms their signatures ({@code signer_method}): a PIN of their own for their key on the server
 * (six to eight digits, BCrypt; five wrong PINs lock it for 15 minutes), or a remote signing service's OTP. A signer
 * with neither signs with the server's key alone, unless {@code xaso.signing.confirmation-required} is on. Every
 * confirmation, right or wrong, is on the audit trail with what it was for.
 * <p>
 * Changing the way (a new PIN, the remote service, back to a PIN) takes the current way's confirmation — the PIN, or
 * an OTP — so a session left open, or a stolen password, cannot take over the key; a locked PIN stays locked. A signer
 * who has forgotten their PIN or lost their phone is reset by an administrator ({@link #reset}): audited, and the
 * signer is told.
 */
@Component
class SignerMethods {

    static final int MAX_FAILURES = 5;
    static final Duration LOCK = Duration.ofMinutes(15);
    static final Duration CONSENT_LIFE = Duration.ofMinutes(5);

    private final JdbcClient jdbc;
    private final RemoteSigner remote;
    private final KeyVault vault;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final boolean confirmationRequired;
    private final BCryptPasswordEncoder pins = new BCryptPasswordEncoder();

    SignerMethods(JdbcClient jdbc, RemoteSigner remote, KeyVault vault, ApplicationEventPublisher events, Clock clock,
            @Value("${xaso.signing.confirmation-required:true}") boolean confirmationRequired) {
        this.jdbc = jdbc;
        this.remote = remote;
        this.vault = vault;
        this.events = events;
        this.clock = clock;
        this.confirmationRequired = confirmationRequired;
    }

    record Method(String username, SigningConsent.Method method, String pinHash, int failures, Instant lockedUntil,
            String credentialId) {
    }

    Optional<Method> of(String username) {
        return jdbc.sql("""
                select username, method, pin_hash, failed_attempts, locked_until, credential_id from signer_method
                where username = ?""").param(username)
                .query((rs, row) -> new Method(rs.getString(1), SigningConsent.Method.valueOf(rs.getString(2)), rs.getString(3),
                        rs.getInt(4), rs.getTimestamp(5) == null ? null : rs.getTimestamp(5).toInstant(), rs.getString(6)))
                .optional();
    }

    SigningConsent.Method methodOf(String username) {
        return of(username).map(Method::method).orElse(SigningConsent.Method.SERVER);
    }

    boolean confirmationRequired() {
        return confirmationRequired;
    }

    @Transactional(noRollbackFor = Refusal.class)
    void setPin(String username, String unitCode, String pin, String confirmation) {
        if (pin == null || !pin.matches("\\d{6,8}")) {
            throw new InvalidInput("pin", "signing.pin.format");
        }
        of(username).ifPresent(current -> proveOwner(current, unitCode, confirmation));
        jdbc.sql("""
                insert into signer_method (username, method, pin_hash) values (?, 'PIN', ?)
                on conflict (username) do update set method = 'PIN', pin_hash = excluded.pin_hash, failed_attempts = 0,
                    locked_until = null, credential_id = null, updated_at = now()""")
                .params(username, pins.encode(pin)).update();
        events.publishEvent(AuditEvent.of("signing.pin-set", unitCode, "signer", username, null, null));
    }

    /** Signs from now on with the remote service's key: the first credential it has for the signer. */
    @Transactional(noRollbackFor = Refusal.class)
    String useRemote(String username, String unitCode, String confirmation) {
        of(username).ifPresent(current -> proveOwner(current, unitCode, confirmation));
        String credential = remote.credentials(username).stream().findFirst()
                .orElseThrow(() -> new Conflict("signing.remote.no-credential", username));
        vault.trustInDemo(remote.chain(credential));
        jdbc.sql("""
                insert into signer_method (username, method, credential_id) values (?, 'REMOTE', ?)
                on conflict (username) do update set method = 'REMOTE', credential_id = excluded.credential_id,
                    pin_hash = null, failed_attempts = 0, locked_until = null, updated_at = now()""")
                .params(username, credential).update();
        events.publishEvent(AuditEvent.of("signing.remote-set", unitCode, "signer", username, null, credential));
        return credential;
    }

    /**
     * An administrator's reset of a signer who cannot confirm any more (a forgotten PIN, a lost phone): the signer
     * chooses again on their account page. Audited; the signer is told ({@link SignerMethodReset}).
     */
    @Transactional
    boolean reset(String username, String unitCode, String by, String reason) {
        boolean had = jdbc.sql("delete from signer_method where username = ?").param(username).update() == 1;
        events.publishEvent(AuditEvent.of("signing.method-reset", unitCode, "signer", username, null, reason));
        events.publishEvent(new SignerMethodReset(username, unitCode, by, reason, clock.instant()));
        return had;
    }

    /** The current way's confirmation, before it is changed: wrong PINs count (and lock) as at any signature. */
    private void proveOwner(Method current, String unitCode, String confirmation) {
        if (confirmation == null || confirmation.isBlank()) {
            throw new InvalidInput("confirmation", current.method() == SigningConsent.Method.PIN
                    ? "signing.change.pin-required" : "signing.change.otp-required");
        }
        if (current.method() == SigningConsent.Method.PIN) {
            checkPin(current, unitCode, confirmation.strip(), 1, clock.instant());
        } else {
            authorizeRemotely(current, unitCode, confirmation.strip(), 1);
        }
    }

    void sendOtp(String username) {
        Method method = of(username).filter(m -> m.method() == SigningConsent.Method.REMOTE)
                .orElseThrow(() -> new Conflict("signing.remote.not-chosen"));
        remote.sendOtp(method.credentialId());
    }

    /**
     * The signer's consent to {@code signatures} signatures for {@code purpose}: checks the PIN, or has the remote
     * service authorize them with the OTP. Wrong answers are counted (and audited) in their own transaction, so a refusal
     * does not roll them back.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW, noRollbackFor = Refusal.class)
    SigningConsent confirm(String username, String unitCode, String confirmation, int signatures, String purpose) {
        Instant now = clock.instant();
        Optional<Method> method = of(username);
        if (method.isEmpty()) {
            if (confirmationRequired) {
                throw new Conflict("signing.method.missing");
            }
            return new SigningConsent(username, SigningConsent.Method.SERVER, null, null, signatures, now.plus(CONSENT_LIFE));
        }
        if (confirmation == null || confirmation.isBlank()) {
            throw new InvalidInput("confirmation", method.get().method() == SigningConsent.Method.PIN
                    ? "signing.confirmation.pin-required" : "signing.confirmation.otp-required");
        }
        if (signatures < 1 || signatures > 1000) {
            throw new InvalidInput("confirmation", "signing.confirmation.count");
        }
        SigningConsent consent = method.get().method() == SigningConsent.Method.PIN
                ? checkPin(method.get(), unitCode, confirmation.strip(), signatures, now)
                : new SigningConsent(username, SigningConsent.Method.REMOTE, method.get().credentialId(),
                        authorizeRemotely(method.get(), unitCode, confirmation.strip(), signatures), signatures, now.plus(CONSENT_LIFE));
        events.publishEvent(AuditEvent.of("signing.confirmed", unitCode, "signer", username, null,
                consent.method() + " × " + signatures + ": " + purpose));
        return consent;
    }

    private SigningConsent checkPin(Method method, String unitCode, String pin, int signatures, Instant now) {
        if (method.lockedUntil() != null && method.lockedUntil().isAfter(now)) {
            throw new Conflict("signing.pin.locked", Refusal.at(method.lockedUntil()));
        }
        if (!pins.matches(pin, method.pinHash())) {
            int failures = method.failures() + 1;
            Instant lockedUntil = failures >= MAX_FAILURES ? now.plus(LOCK) : null;
            jdbc.sql("update signer_method set failed_attempts = ?, locked_until = ? where username = ?")
                    .params(lockedUntil != null ? 0 : failures, lockedUntil == null ? null : java.sql.Timestamp.from(lockedUntil),
                            method.username()).update();
            events.publishEvent(AuditEvent.of("signing.pin-wrong", unitCode, "signer", method.username(), null,
                    lockedUntil != null ? "locked" : failures + "/" + MAX_FAILURES));
            if (lockedUntil != null) {
                throw new Conflict("signing.pin.locked", Refusal.at(lockedUntil));
            }
            throw new InvalidInput("confirmation", "signing.pin.wrong", String.valueOf(MAX_FAILURES - failures));
        }
        if (method.failures() > 0) {
            jdbc.sql("update signer_method set failed_attempts = 0 where username = ?").param(method.username()).update();
        }
        return new SigningConsent(method.username(), SigningConsent.Method.PIN, null, null, signatures, now.plus(CONSENT_LIFE));
    }

    private String authorizeRemotely(Method method, String unitCode, String otp, int signatures) {
        try {
            return remote.authorize(method.credentialId(), signatures, otp);
        } catch (InvalidInput wrong) {
            events.publishEvent(AuditEvent.of("signing.otp-wrong", unitCode, "signer", method.username(), null, null));
            throw wrong;
        }
    }
}
