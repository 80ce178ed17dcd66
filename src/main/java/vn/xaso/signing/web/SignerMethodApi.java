package vn.xaso.signing.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
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
 * An official's own way of confirming their signatures: {@code GET /api/v1/signing/me}; {@code PUT …/me/pin {pin}}
 * (their key here, opened by their PIN); {@code PUT …/me/remote} (their key at the remote signing service);
 * {@code POST …/me/otp} (the service sends them an OTP, to give as {@code confirmation} when signing).
 */
@RestController
@RequestMapping("/api/v1/signing/me")
class SignerMethodApi {

    private final Signatures signatures;
    private final CurrentUser currentUser;

    SignerMethodApi(Signatures signatures, CurrentUser currentUser) {
        this.signatures = signatures;
        this.currentUser = currentUser;
    }

    record MethodView(String method, boolean confirmationRequired, boolean remoteAvailable) {
    }

    record PinRequest(@NotNull @Size(min = 6, max = 8) String pin) {
    }

    @GetMapping
    MethodView method() {
        return view(official());
    }

    @PutMapping("/pin")
    MethodView pin(@Valid @RequestBody PinRequest request) {
        XasoUser me = official();
        signatures.setPin(me.getUsername(), request.pin());
        return view(me);
    }

    @PutMapping("/remote")
    MethodView remote() {
        XasoUser me = official();
        signatures.useRemote(me.getUsername());
        return view(me);
    }

    @PostMapping("/otp")
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
