package vn.xaso.signing.web;

import org.springframework.stereotype.Component;
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

    public boolean remoteAvailable() {
        return signatures.remoteAvailable();
    }

    public boolean required() {
        return signatures.confirmationRequired();
    }
}
