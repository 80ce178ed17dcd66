package vn.xaso.dossier;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.function.Predicate;
import vn.xaso.api.InvalidInput;
import vn.xaso.api.Refusal;
import vn.xaso.catalog.Procedure;

/**
 * Inter-agency work (liên thông): to the unit and with the budget the catalog sets for the procedure unless the
 * official names others; only to another unit that exists, and the budget must fit in the time the dossier has left.
 */
final class TransferPolicy {

    private TransferPolicy() {
    }

    /** Where to and for how many working days; a unit named by the official needs its own budget unless it is the route's. */
    static Route route(Procedure procedure, String ownUnit, String toUnit, BigDecimal workingDays,
            Predicate<String> unitExists) {
        String to = toUnit != null && !toUnit.isBlank() ? toUnit.strip() : procedure.transferTo();
        if (to == null) {
            throw new InvalidInput("toUnit", "dossier.transfer.no-route");
        }
        if (to.equals(ownUnit) || !unitExists.test(to)) {
            throw new InvalidInput("toUnit", "dossier.transfer.unit");
        }
        BigDecimal days = workingDays != null ? workingDays : to.equals(procedure.transferTo()) ? procedure.transferDays() : null;
        if (days == null || days.signum() <= 0) {
            throw new InvalidInput("workingDays", "dossier.transfer.budget");
        }
        return new Route(to, days);
    }

    /** The budget ends at {@code due}: refused if that is after the dossier's own due time. */
    static void checkFits(Route route, Instant due, Instant dossierDue) {
        if (dossierDue != null && due.isAfter(dossierDue)) {
            throw new InvalidInput("workingDays", "dossier.transfer.beyond-due", route.workingDays().toPlainString(),
                    Refusal.at(dossierDue));
        }
    }

    record Route(String toUnit, BigDecimal workingDays) {
    }
}
