package vn.xaso.signing.web;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.xaso.api.Refusal;
import vn.xaso.identity.CurrentUser;
import vn.xaso.signing.Signatures;

/**
 * The signer's own settings on their account page (a PIN, or the remote signing service), and the button that has the
 * remote service send an OTP, next to wherever they sign; each goes back to the page it came from.
 */
@Controller
class SignerPages {

    private final Signatures signatures;
    private final CurrentUser currentUser;
    private final MessageSource messages;

    SignerPages(Signatures signatures, CurrentUser currentUser, MessageSource messages) {
        this.signatures = signatures;
        this.currentUser = currentUser;
        this.messages = messages;
    }

    @PostMapping("/profile/signing/pin")
    String pin(@RequestParam(required = false) String pin, @RequestParam(required = false) String repeat,
            @RequestParam(required = false) String confirmation, RedirectAttributes redirect) {
        return change(redirect, "pin-set", () -> {
            if (pin == null || !pin.equals(repeat)) {
                throw new vn.xaso.api.InvalidInput("repeat", "signing.pin.repeat");
            }
            signatures.setPin(currentUser.get().getUsername(), pin, confirmation);
        });
    }

    @PostMapping("/profile/signing/remote")
    String remote(@RequestParam(required = false) String confirmation, RedirectAttributes redirect) {
        return change(redirect, "remote-set", () -> signatures.useRemote(currentUser.get().getUsername(), confirmation));
    }

    @PostMapping("/signing/otp")
    String otp(@RequestParam(required = false) String back, RedirectAttributes redirect) {
        try {
            signatures.sendOtp(currentUser.get().getUsername());
            redirect.addFlashAttribute("otpSent", true);
        } catch (ErrorResponseException e) {
            redirect.addFlashAttribute("failed", Refusal.text(e, messages));
        }
        return "redirect:" + (back != null && back.matches("/[A-Za-z0-9/._-]*") ? back : "/inbox");
    }

    private String change(RedirectAttributes redirect, String done, Runnable change) {
        try {
            change.run();
            redirect.addFlashAttribute("signingDone", done);
        } catch (ErrorResponseException e) {
            redirect.addFlashAttribute("signingFailed", Refusal.text(e, messages));
        }
        return "redirect:/profile";
    }
}
