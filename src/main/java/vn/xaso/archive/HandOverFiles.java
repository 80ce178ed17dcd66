package vn.xaso.archive;

import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import vn.xaso.files.FileOwner;
import vn.xaso.identity.UnitAccess;
import vn.xaso.identity.XasoUser;
import vn.xaso.organization.Role;

/** Hand-over records (owned by the unit): its administrators and leaders may read them. */
@Component
class HandOverFiles implements FileOwner {

    private final UnitAccess access;

    HandOverFiles(@Lazy UnitAccess access) {
        this.access = access;
    }

    @Override
    public String ownerKind() {
        return HandOvers.OWNER;
    }

    @Override
    public boolean canRead(XasoUser user, String unitCode) {
        return access.canAdminister(user, unitCode) || user.hasRole(Role.LEADER) && unitCode.equals(user.unitCode());
    }
}
