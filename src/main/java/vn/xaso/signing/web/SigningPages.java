package vn.xaso.signing.web;

import java.io.IOException;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.xaso.api.Inputs;
import vn.xaso.api.InvalidInput;
import vn.xaso.api.NotFound;
import vn.xaso.api.Refusal;
import vn.xaso.identity.CurrentUser;
import vn.xaso.identity.UnitAccess;
import vn.xaso.signing.Signatures;
import vn.xaso.signing.SigningIdentities.Owner;
import vn.xaso.signing.SigningIdentities;

/** Administrators' signing page: whose certificate signs, importing a PKCS#12 for a leader or a unit, trust anchors. */
@Controller
@PreAuthorize("hasAnyRole('PROVINCE_ADMIN', 'UNIT_ADMIN')")
class SigningPages {

    private final SigningIdentities identities;
    private final Signatures signatures;
    private final UnitAccess access;
    private final CurrentUser currentUser;
    private final MessageSource messages;

    SigningPages(SigningIdentities identities, Signatures signatures, UnitAccess access, CurrentUser currentUser,
            MessageSource messages) {
        this.identities = identities;
        this.signatures = signatures;
        this.access = access;
        this.currentUser = currentUser;
        this.messages = messages;
    }

    @GetMapping("/admin/signing")
    String page(@RequestParam(required = false) String username, @RequestParam(required = false) String unitCode, Model model) {
        Owner owner = owner(username, unitCode);
        if (owner != null) {
            try {
                access.administered(currentUser.get(), identities.unitOf(owner));
                model.addAttribute("certificate", identities.certificate(owner).orElse(null));
                model.addAttribute("hasPicture", identities.picture(owner).isPresent());
                model.addAttribute("looked", true);
            } catch (ErrorResponseException e) {
                model.addAttribute("failed", Refusal.text(e, messages));
            }
        }
        model.addAttribute("username", username);
        model.addAttribute("unitCode", unitCode);
        if (owner != null && username != null && !model.containsAttribute("failed")) {
            model.addAttribute("signerMethod", signatures.methodOf(username.strip()));
        }
        return "signing/admin";
    }

    /** A signer who forgot their PIN or lost their phone: the administrator resets how they confirm (audited, told). */
    @PostMapping("/admin/signing/signers/{username}/reset")
    String resetSigner(@PathVariable String username, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        try {
            signatures.resetMethod(currentUser.get(), username, reason);
            redirect.addFlashAttribute("signerReset", username);
        } catch (ErrorResponseException e) {
            redirect.addFlashAttribute("failed", Refusal.text(e, messages));
        }
        redirect.addAttribute("username", username);
        return "redirect:/admin/signing";
    }

    @PostMapping("/admin/signing/identities")
    String importIdentity(@RequestParam(required = false) String username, @RequestParam(required = false) String unitCode,
            @RequestParam(required = false) MultipartFile keystore, @RequestParam(required = false) String password,
            RedirectAttributes redirect) throws IOException {
        try {
            Owner owner = owner(username, unitCode);
            if (owner == null || keystore == null || keystore.isEmpty()) {
                throw new InvalidInput("keystore", "signing.keystore.choose");
            }
            access.administered(currentUser.get(), identities.unitOf(owner));
            var view = identities.importPkcs12(owner, keystore.getBytes(), password == null ? new char[0] : password.toCharArray());
            redirect.addFlashAttribute("imported", view.subject());
        } catch (ErrorResponseException e) {
            redirect.addFlashAttribute("failed", Refusal.text(e, messages));
        }
        return "redirect:/admin/signing";
    }

    @PostMapping("/admin/signing/pictures")
    String uploadPicture(@RequestParam(required = false) String username, @RequestParam(required = false) String unitCode,
            @RequestParam(required = false) MultipartFile picture, RedirectAttributes redirect) throws IOException {
        Owner owner = owner(username, unitCode);
        try {
            if (owner == null || picture == null || picture.isEmpty()) {
                throw new InvalidInput("picture", "signing.picture.choose");
            }
            access.administered(currentUser.get(), identities.unitOf(owner));
            identities.uploadPicture(owner, picture.getBytes());
            redirect.addFlashAttribute("pictureSaved", true);
            redirect.addAttribute(owner.username() != null ? "username" : "unitCode",
                    owner.username() != null ? owner.username() : owner.unitCode());
        } catch (ErrorResponseException e) {
            redirect.addFlashAttribute("failed", Refusal.text(e, messages));
        }
        return "redirect:/admin/signing";
    }

    @GetMapping("/admin/signing/picture")
    ResponseEntity<byte[]> picture(@RequestParam(required = false) String username, @RequestParam(required = false) String unitCode) {
        Owner owner = owner(username, unitCode);
        if (owner == null) {
            throw new NotFound("Stamp picture", "");
        }
        access.administered(currentUser.get(), identities.unitOf(owner));
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG)
                .body(identities.picture(owner).orElseThrow(() -> new NotFound("Stamp picture", username != null ? username : unitCode)));
    }

    @PostMapping("/admin/signing/trust-anchors")
    @PreAuthorize("hasRole('PROVINCE_ADMIN')")
    String addTrustAnchor(@RequestParam(required = false) MultipartFile certificate, RedirectAttributes redirect) throws IOException {
        try {
            if (certificate == null || certificate.isEmpty()) {
                throw new InvalidInput("certificate", "signing.certificate.choose");
            }
            redirect.addFlashAttribute("anchor", identities.addTrustAnchor(certificate.getBytes()).subject());
        } catch (ErrorResponseException e) {
            redirect.addFlashAttribute("failed", Refusal.text(e, messages));
        }
        return "redirect:/admin/signing";
    }

    private static Owner owner(String username, String unitCode) {
        String person = Inputs.blankToNull(username);
        String unit = Inputs.blankToNull(unitCode);
        if (person == null && unit == null) {
            return null;
        }
        return person != null ? Owner.person(person) : Owner.unit(unit);
    }
}
