package vn.xaso.dossier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.xaso.api.CursorPage;
import vn.xaso.api.Forbidden;
import vn.xaso.api.Inputs;
import vn.xaso.api.InvalidInput;
import vn.xaso.identity.UnitAccess;
import vn.xaso.identity.XasoUser;
import vn.xaso.organization.Organization;

/** Lists of dossiers, keyset-paginated, limited to what the caller may see. */
@Service
public class DossierList {

    private final Dossiers dossiers;
    private final UnitAccess access;

    DossierList(Dossiers dossiers, UnitAccess access) {
        this.dossiers = dossiers;
        this.access = access;
    }

    @Transactional(readOnly = true)
    public CursorPage<Dossier> find(XasoUser user, String unit, String status, LocalDate from, LocalDate to, String text,
            String cursor, int limit) {
        String unitCode = Inputs.blankToNull(unit);
        List<String> units;
        String owner = null;
        if (user.isCitizen()) {
            units = null;
            owner = user.getUsername();
        } else if (unitCode != null) {
            if (!access.canRead(user, unitCode)) {
                throw new Forbidden("dossier.list.forbidden", unitCode);
            }
            units = List.of(unitCode);
        } else {
            String scope = access.defaultScope(user);
            units = scope == null ? null : List.of(scope);
        }
        DossierFilter filter = new DossierFilter(units, owner, user.idNumber(), status(status), start(from),
                to == null ? null : start(to.plusDays(1)), Inputs.blankToNull(text), parse(cursor));
        List<Dossier> page = dossiers.page(filter, limit + 1);
        return CursorPage.of(page, limit, d -> d.submittedAt().toString() + "_" + d.code());
    }

    private static DossierStatus status(String status) {
        if (Inputs.blankToNull(status) == null) {
            return null;
        }
        try {
            return DossierStatus.valueOf(status.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("status", "dossier.status.unknown");
        }
    }

    private static Instant start(LocalDate day) {
        return day == null ? null : day.atStartOfDay(Organization.ZONE).toInstant();
    }

    private static DossierFilter.Cursor parse(String cursor) {
        if (Inputs.blankToNull(cursor) == null) {
            return null;
        }
        try {
            String[] parts = cursor.split("_", 2);
            return new DossierFilter.Cursor(Instant.parse(parts[0]), parts[1]);
        } catch (RuntimeException e) {
            throw new InvalidInput("cursor", "input.cursor");
        }
    }
}
