package vn.xaso.integration.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.xaso.api.NotFound;
import vn.xaso.dossier.ApplicantLookups;
import vn.xaso.dossier.Citizen;
import vn.xaso.identity.CurrentUser;

/**
 * {@code GET /api/v1/citizens/{idNumber}?dossier=CODE}: a citizen from the national population database, for the
 * counter (its intake, or a dossier) and the specialists of a dossier ({@code dossier} then required); every lookup is
 * recorded with its purpose, and limited per official ({@link ApplicantLookups}). 404 when the database has no such
 * person, 429 over the limit, 503 when it cannot answer.
 */
@RestController
class CitizensApi {

    private final ApplicantLookups lookups;
    private final CurrentUser currentUser;

    CitizensApi(ApplicantLookups lookups, CurrentUser currentUser) {
        this.lookups = lookups;
        this.currentUser = currentUser;
    }

    @GetMapping("/api/v1/citizens/{idNumber}")
    Citizen citizen(@PathVariable String idNumber, @RequestParam(required = false) String dossier) {
        return lookups.lookUp(currentUser.get(), idNumber, dossier).orElseThrow(() -> new NotFound("Citizen", idNumber));
    }
}
