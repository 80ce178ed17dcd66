package vn.xaso.signing.web;

import java.io.IOException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.xaso.api.Inputs;
import vn.xaso.identity.CurrentUser;
import vn.xaso.identity.UnitAccess;
import vn.xaso.signing.SigningIdentities;
import vn.xaso.signing.SigningIdentities.Owner;

/** Administrators' signing page: whose certificate signs, importing a PKCS#12 for a leader or a unit, trust anchors. */
@Controller
@PreAuthorize("hasAnyRole('PROVINCE_ADMIN', 'UNIT_ADMIN')")
class SigningPages {

    private final SigningIdentities identities;
    private final UnitAccess access;
    private final CurrentUser currentUser;

    SigningPages(SigningIdentities identities, UnitAccess access, CurrentUser currentUser) {
        this.identities = identities;
        this.access = access;
        this.currentUser = currentUser;
    }

    @GetMapping("/admin/signing")
    String page(@RequestParam(required = false) String username, @RequestParam(required = false) String unitCode, Model model) {
        Owner owner = owner(username, unitCode);
        if (owner != null) {
            try {
                access.administered(currentUser.get(), identities.unitOf(owner));
                model.addAttribute("certificate", identities.certificate(owner).orElse(null));
                model.addAttribute("looked", true);
            } catch (ErrorResponseException e) {
                model.addAttribute("failed", e.getBody().getDetail());
            }
        }
        model.addAttribute("username", username);
        model.addAttribute("unitCode", unitCode);
        return "signing/admin";
    }

    @PostMapping("/admin/signing/identities")
    String importIdentity(@RequestParam(required = false) String username, @RequestParam(required = false) String unitCode,
            @RequestParam(required = false) MultipartFile keystore, @RequestParam(required = false) String password,
            RedirectAttributes redirect) throws IOException {
        try {
            Owner owner = owner(username, unitCode);
            if (owner == null || keystore == null || keystore.isEmpty()) {
                throw new vn.xaso.api.InvalidInput("keystore", "choose the official or the unit, and the PKCS#12 file");
            }
            access.administered(currentUser.get(), identities.unitOf(owner));
            var view = identities.importPkcs12(owner, keystore.getBytes(), password == null ? new char[0] : password.toCharArray());
            redirect.addFlashAttribute("imported", view.subject());
        } catch (ErrorResponseException e) {
            redirect.addFlashAttribute("failed", e.getBody().getDetail());
        }
        return "redirect:/admin/signing";
    }

    @PostMapping("/admin/signing/trust-anchors")
    @PreAuthorize("hasRole('PROVINCE_ADMIN')")
    String addTrustAnchor(@RequestParam(required = false) MultipartFile certificate, RedirectAttributes redirect) throws IOException {
        try {
            if (certificate == null || certificate.isEmpty()) {
                throw new vn.xaso.api.InvalidInput("certificate", "choose the certificate file");
            }
            redirect.addFlashAttribute("anchor", identities.addTrustAnchor(certificate.getBytes()).subject());
        } catch (ErrorResponseException e) {
            redirect.addFlashAttribute("failed", e.getBody().getDetail());
        }
        return "redirect:/admin/signing";
    }

    private static Owner owner(String username, String unitCode) {
        String person = Inputs.blankToNull(username);
        String unit = Inputs.blankToNull(unitCode);
        if (person == null && unit == null) {
            return null;
        }
        return person != null ? new Owner(person, null) : new Owner(null, unit);
    }
}
