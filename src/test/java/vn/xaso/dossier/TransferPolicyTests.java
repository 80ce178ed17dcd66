package vn.xaso.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.xaso.api.InvalidInput;
import vn.xaso.catalog.Procedure;
import vn.xaso.catalog.Procedure.Channel;

/** Inter-agency routes (liên thông), without Spring: the catalog's route and budget, or the official's, within time. */
class TransferPolicyTests {

    private static final Procedure LAND = procedure("H40", new BigDecimal("7"));
    private static final Procedure LOCAL = procedure(null, null);

    @Test
    void withoutAUnitTheCatalogsRouteAndBudgetApply() {
        assertThat(TransferPolicy.route(LAND, "H40.01", null, null, unit -> true))
                .isEqualTo(new TransferPolicy.Route("H40", new BigDecimal("7")));
    }

    @Test
    void theOfficialMayNameAnotherUnitWithItsOwnBudget() {
        assertThat(TransferPolicy.route(LAND, "H40.01", "H40.02", BigDecimal.TEN, unit -> true))
                .isEqualTo(new TransferPolicy.Route("H40.02", BigDecimal.TEN));
        assertRefused(() -> TransferPolicy.route(LAND, "H40.01", "H40.02", null, unit -> true), "workingDays");
    }

    @Test
    void aProcedureWithoutARouteNeedsAUnit() {
        assertRefused(() -> TransferPolicy.route(LOCAL, "H40.01", null, BigDecimal.ONE, unit -> true), "toUnit");
    }

    @Test
    void neverToItselfNorToAUnitThatDoesNotExist() {
        assertRefused(() -> TransferPolicy.route(LOCAL, "H40.01", "H40.01", BigDecimal.ONE, unit -> true), "toUnit");
        assertRefused(() -> TransferPolicy.route(LOCAL, "H40.01", "H99", BigDecimal.ONE, unit -> false), "toUnit");
    }

    @Test
    void aBudgetBeyondTheTimeLeftIsRefused() {
        var route = new TransferPolicy.Route("H40", new BigDecimal("7"));
        Instant dossierDue = Instant.parse("2026-11-27T10:00:00Z");
        TransferPolicy.checkFits(route, dossierDue, dossierDue);
        assertRefused(() -> TransferPolicy.checkFits(route, dossierDue.plusSeconds(1), dossierDue), "workingDays");
    }

    private static void assertRefused(Runnable action, String field) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo(field));
    }

    private static Procedure procedure(String transferTo, BigDecimal transferDays) {
        return new Procedure("DD-01", 1, null, "Đăng ký đất đai", "Đất đai", Procedure.Level.COMMUNE,
                Procedure.ProcessingTime.days(10), 0, false, Set.of(Channel.COUNTER), "Giấy chứng nhận", List.of(),
                transferTo, transferDays);
    }
}
