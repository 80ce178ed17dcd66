package vn.xaso.signing;

import java.time.Instant;
import vn.xaso.api.InvalidInput;

/**
 * A signer's confirmation that the signatures about to be made are theirs: given once (their PIN, or the OTP of the
 * remote service that keeps their key) for a whole batch, good for that many signatures for a few minutes. Made by
 * {@link Signatures#confirm}; a signature of theirs needs one whenever they have a PIN or a remote key.
 */
public final class SigningConsent {

    enum Method { SERVER, PIN, REMOTE }

    private final String username;
    private final Method method;
    private final String credentialId;
    private final String sad;
    private final Instant until;
    private int left;

    SigningConsent(String username, Method method, String credentialId, String sad, int signatures, Instant until) {
        this.username = username;
        this.method = method;
        this.credentialId = credentialId;
        this.sad = sad;
        this.left = signatures;
        this.until = until;
    }

    public String username() {
        return username;
    }

    /** The key is at a remote service: batches collect their hashes and have them signed in one call. */
    public boolean remote() {
        return method == Method.REMOTE;
    }

    Method method() {
        return method;
    }

    String credentialId() {
        return credentialId;
    }

    String sad() {
        return sad;
    }

    /** Takes {@code signatures} from what was confirmed: more than that, or too late, must be confirmed again. */
    synchronized void use(String signer, int signatures, Instant now) {
        if (!username.equals(signer)) {
            throw new InvalidInput("confirmation", "signing.confirmation.other-signer");
        }
        if (left < signatures || now.isAfter(until)) {
            throw new InvalidInput("confirmation", "signing.confirmation.used-up");
        }
        left -= signatures;
    }
}
