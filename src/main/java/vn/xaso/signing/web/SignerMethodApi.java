package vn.xaso.signing.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.xaso.api.Forbidden;
import vn.xaso.identity.CurrentUser;
import vn.xaso.identity.XasoUser;
import vn.xaso.signing.Signatures;

/**
 * An official's own way of confirming their signatures (a leader's on what they issue, anyone's on a record they are
 * party to): {@code GET /api/v1/signing/me}; {@code PUT …/me/pin {pin,
 * confirmation}} (their key here, opened by their PIN); {@code PUT …/me/remote {confirmation}} (their key at the remote
 * signing service); {@code POST …/me/otp} (the service sends them an OTP, to give as {@code confirmation} when signing).
 * A change takes the current way's {@code confirmation} (the PIN, or an OTP) once a way is set; an administrator resets
 * a signer who lost it: {@code POST /api/v1/signing/signers/{username}/reset {reason}}.
 */
@RestController
@RequestMapping("/api/v1/signing")
class SignerMethodApi {

    private final Signatures signatures;
    private final CurrentUser currentUser;

    SignerMethodApi(Signatures signatures, CurrentUser currentUser) {
        this.signatures = signatures;
        this.currentUser = currentUser;
    }

    record MethodView(String method, boolean confirmationRequired, boolean remoteAvailable) {
    }

    record PinRequest(@NotNull @Size(min = 6, max = 8) String pin, @Size(max = 20) String confirmation) {
    }

    record ChangeRequest(@Size(max = 20) String confirmation) {
    }

    record ResetRequest(@NotNull @Size(min = 1, max = 500) String reason) {
    }

    @GetMapping("/me")
    MethodView method() {
        return view(official());
    }

    @PutMapping("/me/pin")
    MethodView pin(@Valid @RequestBody PinRequest request) {
        XasoUser me = official();
        signatures.setPin(me.getUsername(), request.pin(), request.confirmation());
        return view(me);
    }

    @PutMapping("/me/remote")
    MethodView remote(@Valid @RequestBody(required = false) ChangeRequest request) {
        XasoUser me = official();
        signatures.useRemote(me.getUsername(), request == null ? null : request.confirmation());
        return view(me);
    }

    /** An administrator's reset of a signer who cannot confirm any more; audited, and the signer is told. */
    @PostMapping("/signers/{username}/reset")
    MethodView reset(@PathVariable String username, @Valid @RequestBody ResetRequest request) {
        signatures.resetMethod(currentUser.get(), username, request.reason());
        return new MethodView(signatures.methodOf(username), signatures.confirmationRequired(), signatures.remoteAvailable());
    }

    @PostMapping("/me/otp")
    @ResponseStatus(HttpStatus.ACCEPTED)
    void otp() {
        signatures.sendOtp(official().getUsername());
    }

    private MethodView view(XasoUser me) {
        return new MethodView(signatures.methodOf(me.getUsername()), signatures.confirmationRequired(), signatures.remoteAvailable());
    }

    private XasoUser official() {
        XasoUser me = currentUser.get();
        if (me.isCitizen()) {
            throw new Forbidden("signing.signer.citizen");
        }
        return me;
    }
}
