package vn.xaso.dossier;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import vn.xaso.api.InvalidInput;
import vn.xaso.catalog.Catalog;
import vn.xaso.catalog.Offerings;
import vn.xaso.catalog.Offering;
import vn.xaso.catalog.Procedure;
import vn.xaso.organization.Organization;
import vn.xaso.organization.Unit;
import vn.xaso.organization.UnitLevel;
import vn.xaso.organization.UnitQuery;

/**
 * The guide of a procedure, for citizens and officers alike: the procedure as the catalog holds it (components, time
 * per channel, fee, legal basis, publishing decision, national code, source), what the unit does with it, and — beyond
 * any portal — what the unit and its province most often ask to supplement or refuse for it ({@link GuideFigures}).
 */
@Service
public class ProcedureGuide {

    /** A paper most often asked for, and the share of the dossiers it was asked of. */
    public record Supplemented(String item, double share, int dossiers, int outOf) {
    }

    /** A reason most often given for a refusal, and the share of the dossiers refused for it. */
    public record Refused(String reason, double share, int dossiers, int outOf) {
    }

    /** The figures of one scope (the unit asked about, or the province). */
    public record Experience(String scope, String scopeName, List<Supplemented> oftenSupplemented, List<Refused> oftenRefused) {
    }

    public record Guide(@JsonUnwrapped Procedure procedure, String unit, String unitName, Offering offering,
            List<Supplemented> oftenSupplemented, List<Refused> oftenRefused, Experience inProvince, Instant computedAt) {
    }

    private final Catalog catalog;
    private final GuideFigures figures;
    private final Organization organization;
    private final Offerings offerings;

    ProcedureGuide(Catalog catalog, GuideFigures figures, Organization organization, Offerings offerings) {
        this.offerings = offerings;
        this.catalog = catalog;
        this.figures = figures;
        this.organization = organization;
    }

    /** The guide, for a unit if given (its offering and its own figures beside its province's). */
    public Guide guide(String code, String unitCode) {
        Procedure procedure = catalog.requireProcedure(code);
        Unit unit = unitCode == null ? null
                : organization.unit(unitCode).orElseThrow(() -> new InvalidInput("unit", "input.unit.unknown"));
        Unit province = unit == null ? onlyProvince() : unit.level() == UnitLevel.PROVINCE ? unit
                : organization.unit(unit.parentCode()).orElse(null);
        Experience inProvince = province == null ? null : experience(procedure.code(), province);
        Experience own = unit == null ? inProvince : experience(procedure.code(), unit);
        GuideFigures.Figures any = figures.of(procedure.code(), province == null ? "" : province.code());
        return new Guide(procedure, unit == null ? null : unit.code(), unit == null ? null : unit.name(),
                unit == null ? null : offerings.offering(procedure, unit.code()),
                own == null ? List.of() : own.oftenSupplemented(), own == null ? List.of() : own.oftenRefused(),
                inProvince, any.computedAt());
    }

    private Experience experience(String procedureCode, Unit scope) {
        GuideFigures.Figures f = figures.of(procedureCode, scope.code());
        return new Experience(scope.code(), scope.name(),
                f.oftenSupplemented().stream().map(i -> new Supplemented(i.item(), i.share(), i.dossiers(), i.outOf())).toList(),
                f.oftenRefused().stream().map(i -> new Refused(i.item(), i.share(), i.dossiers(), i.outOf())).toList());
    }

    /** With no unit named, the province when xaso serves one (the demo's); else none. Units come shortest code first. */
    private Unit onlyProvince() {
        List<Unit> provinces = organization.units(new UnitQuery(null, null, false, null), 2).stream()
                .filter(u -> u.level() == UnitLevel.PROVINCE).toList();
        return provinces.size() == 1 ? provinces.get(0) : null;
    }
}
