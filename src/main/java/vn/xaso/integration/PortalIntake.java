package vn.xaso.integration;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import vn.xaso.dossier.Dossier;
import vn.xaso.dossier.DossierDesk;
import vn.xaso.dossier.NewDossier;

/**
 * Dossiers submitted on the national public-service portal arrive in the unit's inbox for its counter to accept. The
 * portal may send the same dossier again (it did not hear the answer): the first is kept and given back — by the
 * database's unique portal code, never by looking first and inserting after (two sends at once would both insert).
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

    public Arrival receive(String portalCode, NewDossier request) {
        try {
            return new Arrival(desk.submitFromPortal(portalCode, request), true);
        } catch (DuplicateKeyException sentBefore) {
            return new Arrival(desk.findByPortalCode(portalCode).orElseThrow(() -> sentBefore), false);
        }
    }
}
