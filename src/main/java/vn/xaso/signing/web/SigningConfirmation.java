package vn.xaso.signing.web;

import org.springframework.stereotype.Component;
import vn.xaso.identity.XasoUser;
import vn.xaso.signing.Signatures;

/** For pages ({@code @signingConfirmation}): how a signer confirms, so a signing form asks for the right thing. */
@Component("signingConfirmation")
public class SigningConfirmation {

    private final Signatures signatures;

    SigningConfirmation(Signatures signatures) {
        this.signatures = signatures;
    }

    /** {@code SERVER} (nothing to give), {@code PIN} or {@code REMOTE} (an OTP). */
    public String method(String username) {
        return signatures.methodOf(username);
    }

    /** Whether the user signs with a key of their own, so their account page shows how they confirm it. */
    public boolean ownKey(XasoUser user) {
        return Signatures.KEY_HOLDERS.stream().anyMatch(user::hasRole);
    }

    public boolean remoteAvailable() {
        return signatures.remoteAvailable();
    }

    public boolean required() {
        return signatures.confirmationRequired();
    }
}
