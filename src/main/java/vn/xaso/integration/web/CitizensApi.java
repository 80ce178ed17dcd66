package vn.xaso.integration.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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

    /** A citizen as the API shows them (times at +07:00). */
    record CitizenView(String idNumber, String fullName, LocalDate birthDate, String gender, String permanentAddress,
            String source, OffsetDateTime verifiedAt) {

        static CitizenView of(Citizen c) {
            Instant at = c.verifiedAt();
            return new CitizenView(c.idNumber(), c.fullName(), c.birthDate(), c.gender(), c.permanentAddress(), c.source(),
                    at == null ? null : at.atOffset(ZoneOffset.ofHours(7)));
        }
    }

    @GetMapping("/api/v1/citizens/{idNumber}")
    CitizenView citizen(@PathVariable String idNumber) {
        XasoUser user = currentUser.get();
        if (!user.hasRole(Role.COUNTER) && !user.hasRole(Role.SPECIALIST)) {
            throw new Forbidden("integration.population.counter-only");
        }
        if (!idNumber.matches("[0-9]{12}")) {
            throw new InvalidInput("idNumber", "integration.population.id-number");
        }
        return verification.registry().find(idNumber).map(CitizenView::of)
                .orElseThrow(() -> new NotFound("Citizen", idNumber));
    }
}
