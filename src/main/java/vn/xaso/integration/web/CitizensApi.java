package vn.xaso.integration.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.xaso.api.Forbidden;
import vn.xaso.api.InvalidInput;
import vn.xaso.api.NotFound;
import vn.xaso.dossier.ApplicantVerification;
import vn.xaso.dossier.Citizen;
import vn.xaso.identity.CurrentUser;
import vn.xaso.identity.XasoUser;
import vn.xaso.organization.Role;

/**
 * {@code GET /api/v1/citizens/{idNumber}}: a citizen from the national population database, for the counter and the
 * specialists filling or checking a dossier; 404 when the database has no such person, 503 when it cannot answer.
 */
@RestController
class CitizensApi {

    private final ApplicantVerification verification;
    private final CurrentUser currentUser;

    CitizensApi(ApplicantVerification verification, CurrentUser currentUser) {
        this.verification = verification;
        this.currentUser = currentUser;
    }

    @GetMapping("/api/v1/citizens/{idNumber}")
    Citizen citizen(@PathVariable String idNumber) {
        XasoUser user = currentUser.get();
        if (!user.hasRole(Role.COUNTER) && !user.hasRole(Role.SPECIALIST)) {
            throw new Forbidden("integration.population.counter-only");
        }
        if (!idNumber.matches("[0-9]{12}")) {
            throw new InvalidInput("idNumber", "integration.population.id-number");
        }
        return verification.registry().find(idNumber).orElseThrow(() -> new NotFound("Citizen", idNumber));
    }
}
