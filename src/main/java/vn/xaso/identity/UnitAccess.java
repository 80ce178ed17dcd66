package vn.xaso.identity;

import org.springframework.stereotype.Component;
import vn.xaso.api.Forbidden;
import vn.xaso.api.InvalidInput;
import vn.xaso.organization.Organization;
import vn.xaso.organization.Role;

/**
 * Who may see and manage which unit's work. An official sees their own unit; province monitors and
 * province administrators see every unit below their province; citizens see no unit's internals.
 */
@Component
public class UnitAccess {

    private final Organization organization;

    UnitAccess(Organization organization) {
        this.organization = organization;
    }

    public boolean canRead(XasoUser user, String unitCode) {
        if (user.isCitizen() || user.isSystemAccount() || unitCode == null || user.unitCode() == null) {
            return false;
        }
        if (user.unitCode().equals(unitCode)) {
            return true;
        }
        return (user.hasRole(Role.MONITOR) || user.hasRole(Role.PROVINCE_ADMIN))
                && organization.isWithin(unitCode, user.unitCode());
    }

    /** Whether the user may manage the unit's officials: its own administrator or a province administrator above it. */
    public boolean canAdminister(XasoUser user, String unitCode) {
        if (unitCode == null || user.unitCode() == null) {
            return false;
        }
        if (user.hasRole(Role.PROVINCE_ADMIN)) {
            return organization.isWithin(unitCode, user.unitCode());
        }
        return user.hasRole(Role.UNIT_ADMIN) && user.unitCode().equals(unitCode);
    }

    /**
     * The unit an administrator means: the one named, or their own if none; 400 naming {@code unit} if it does not
     * exist, 403 if they do not administer it.
     */
    public String administered(XasoUser user, String unitCode) {
        String code = unitCode == null || unitCode.isBlank() ? user.unitCode() : unitCode.strip();
        if (code == null || organization.unit(code).isEmpty()) {
            throw new InvalidInput("unit", "input.unit.unknown");
        }
        if (!canAdminister(user, code)) {
            throw new Forbidden("identity.unit.forbidden", code);
        }
        return code;
    }

    /** The unit whose work the user reads by default; null for those who may read every unit of their province. */
    public String defaultScope(XasoUser user) {
        return user.hasRole(Role.MONITOR) || user.hasRole(Role.PROVINCE_ADMIN) ? null : user.unitCode();
    }
}
