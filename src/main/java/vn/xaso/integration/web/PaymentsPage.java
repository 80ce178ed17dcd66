package vn.xaso.integration.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import vn.xaso.api.Forbidden;
import vn.xaso.dossier.Dossier;
import vn.xaso.dossier.DossierDesk;
import vn.xaso.dossier.DossierStatus;
import vn.xaso.identity.CurrentUser;
import vn.xaso.identity.XasoUser;
import vn.xaso.integration.Link;
import vn.xaso.integration.PaymentGateway;

/** {@code /portal/dossiers/{code}/pay}: the citizen goes to the payment gateway to pay their dossier's fee. */
@Controller
class PaymentsPage {

    private final PaymentGateway gateway;
    private final DossierDesk desk;
    private final CurrentUser currentUser;

    PaymentsPage(PaymentGateway gateway, DossierDesk desk, CurrentUser currentUser) {
        this.gateway = gateway;
        this.desk = desk;
        this.currentUser = currentUser;
    }

    @GetMapping("/portal/dossiers/{code}/pay")
    String pay(@PathVariable String code, RedirectAttributes redirect) {
        XasoUser user = currentUser.get();
        if (!user.isCitizen()) {
            throw new Forbidden("portal.citizens-only");
        }
        Dossier d = desk.get(user, code);
        String back = "redirect:/portal/dossiers/" + code;
        long fee = desk.feeDue(d);
        if (d.status() != DossierStatus.WAITING_PAYMENT || fee == 0) {
            return back;
        }
        if (!gateway.configured()) {
            redirect.addFlashAttribute("payFailed", true);
            return back;
        }
        try {
            // back to the address the citizen is using (their session's cookie belongs to it), behind a proxy too
            String returnUrl = ServletUriComponentsBuilder.fromCurrentContextPath().path("/portal/dossiers/{code}")
                    .queryParam("paid").buildAndExpand(code).toUriString();
            return "redirect:" + gateway.open(code, fee, "Phí, lệ phí hồ sơ " + code, returnUrl);
        } catch (Link.Failure | Link.Refused e) {
            redirect.addFlashAttribute("payFailed", true);
            return back;
        }
    }
}
