package vn.xaso.integration;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import vn.xaso.api.Conflict;
import vn.xaso.dossier.Dossier;
import vn.xaso.dossier.DossierDesk;
import vn.xaso.dossier.NewDossier;

/**
 * Dossiers submitted on the national public-service portal arrive in the unit's inbox for its counter to accept. The
 * portal may send the same dossier again (it did not hear the answer): the first is kept and given back — by the
 * database's unique portal code, never by looking first and inserting after (two sends at once would both insert).
 * A code is one portal dossier: sent again for another unit, procedure or applicant, it is refused (409), never
 * answered with the dossier that has it.
 */
@Service
public class PortalIntake {

    /** The dossier, and whether this call created it. */
    public record Arrival(Dossier dossier, boolean created) {
    }

    private final DossierDesk desk;

    PortalIntake(DossierDesk desk) {
        this.desk = desk;
    }

    /** {@code caller}: the portal's account that handed it in, recorded as who did. */
    public Arrival receive(String caller, String portalCode, NewDossier request) {
        try {
            return new Arrival(desk.submitFromPortal(caller, portalCode, request), true);
        } catch (DuplicateKeyException sentBefore) {
            Dossier known = desk.findByPortalCode(portalCode).orElseThrow(() -> sentBefore);
            if (!sameDossier(known, request)) {
                throw new Conflict("integration.dvcqg.code-taken", portalCode);
            }
            return new Arrival(known, false);
        }
    }

    private static boolean sameDossier(Dossier known, NewDossier request) {
        return known.unitCode().equals(request.unitCode()) && known.procedureCode().equals(request.procedureCode())
                && known.applicant().idNumber().equals(request.applicant().idNumber());
    }
}
