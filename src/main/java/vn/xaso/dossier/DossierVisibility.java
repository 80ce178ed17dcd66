package vn.xaso.dossier;

import org.springframework.stereotype.Component;
import vn.xaso.identity.UnitAccess;
import vn.xaso.identity.XasoUser;

/** Who sees a dossier: officials of its unit (or of the unit it was transferred to), province readers, its applicant. */
@Component
class DossierVisibility {

    private final UnitAccess access;

    DossierVisibility(UnitAccess access) {
        this.access = access;
    }

    boolean canSee(XasoUser user, Dossier d) {
        if (user.isCitizen()) {
            return user.getUsername().equals(d.owner()) || d.applicant().idNumber().equals(user.idNumber());
        }
        return access.canRead(user, d.unitCode()) || (d.handlingUnit() != null && access.canRead(user, d.handlingUnit()));
    }
}
