package vn.xaso.catalog;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.xaso.api.InvalidInput;
import vn.xaso.audit.AuditEvent;
import vn.xaso.organization.Organization;
import vn.xaso.organization.Unit;
import vn.xaso.organization.UnitLevel;

/**
 * Who carries out what (domain §2a), and finding procedures as a unit offers them: each unit's offering of each
 * procedure — its own choice, else its province's, else the default from the data ({@link Offering#byDefault}) — the
 * ranked search over the catalog, where else a procedure is offered, and what each unit offers, counted for Decision 766.
 */
@Service
public class Offerings {

    private final Catalog catalog;
    private final ProcedureSearch search;
    private final Procedures procedures;
    private final Organization organization;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Offerings(Catalog catalog, ProcedureSearch search, Procedures procedures, Organization organization,
            ApplicationEventPublisher events, Clock clock) {
        this.catalog = catalog;
        this.search = search;
        this.procedures = procedures;
        this.organization = organization;
        this.events = events;
        this.clock = clock;
    }

    /** Procedures a unit offers (commune-level procedures for communes and wards), matching the text if given. */
    public List<Procedure> offeredBy(String unitCode, String text, int limit) {
        return offeredBy(unitCode, text, null, limit);
    }

    /** The same, of one field if given (citizens browse the catalog by field). */
    public List<Procedure> offeredBy(String unitCode, String text, String field, int limit) {
        return find(unitCode, text, field, limit).stream().map(Offered::procedure).toList();
    }

    /**
     * Procedures a unit offers (all of the level when no unit is given), best match first when words are given
     * (names, folk names, codes, fields, components; with or without diacritics; a typo tolerated), of one field if
     * given; each with what the unit does with it.
     */
    @Transactional(readOnly = true)
    public List<Offered> find(String unitCode, String text, String field, int limit) {
        return find(unitCode, text, field, false, limit);
    }

    /** The same list for the province administrator deciding who carries out what: procedures not offered too. */
    @Transactional(readOnly = true)
    public List<Offered> offerings(String unitCode, String text, String field, int limit) {
        return find(unitCode, text, field, true, limit);
    }

    private List<Offered> find(String unitCode, String text, String field, boolean withNotOffered, int limit) {
        Procedure.Level level = null;
        List<String> scopes = List.of();
        if (unitCode != null) {
            Unit unit = organization.unit(unitCode).orElseThrow(() -> new InvalidInput("unit", "input.unit.unknown"));
            level = unit.level() == UnitLevel.COMMUNE ? Procedure.Level.COMMUNE : Procedure.Level.PROVINCE;
            scopes = scopes(unitCode);
        }
        return search.find(new ProcedureSearch.Query(text, level, field, scopes, withNotOffered, limit)).stream()
                .map(found -> new Offered(found.procedure(), found.offering())).toList();
    }

    /** The fields of the latest versions, in order (for choosing one). */
    @Transactional(readOnly = true)
    public List<String> fields() {
        return procedures.fields();
    }

    /** What each of the units (communes and wards, or departments) offers, counted for Decision 766. */
    @Transactional(readOnly = true)
    public Map<String, OfferedCounts> offeredCounts(List<Unit> units) {
        Map<String, OfferedCounts> counts = new java.util.HashMap<>();
        for (UnitLevel level : UnitLevel.values()) {
            List<Unit> ofLevel = units.stream().filter(u -> u.level() == level).toList();
            if (!ofLevel.isEmpty()) {
                counts.putAll(search.counts(ofLevel.stream().map(Unit::code).toList(),
                        ofLevel.stream().map(u -> u.parentCode() == null ? u.code() : u.parentCode()).toList(),
                        level == UnitLevel.COMMUNE ? Procedure.Level.COMMUNE : Procedure.Level.PROVINCE));
            }
        }
        return counts;
    }

    public boolean isOfferedBy(Procedure procedure, String unitCode) {
        if (procedures.isAbolished(procedure.code())) {
            return false;
        }
        return organization.unit(unitCode)
                .filter(unit -> (unit.level() == UnitLevel.COMMUNE) == (procedure.level() == Procedure.Level.COMMUNE))
                .map(unit -> offering(procedure, unitCode) != Offering.NONE)
                .orElse(false);
    }

    /** What the unit does with the procedure: its own choice, else its province's, else the default from the data. */
    @Transactional(readOnly = true)
    public Offering offering(Procedure procedure, String unitCode) {
        return search.offering(procedure, scopes(unitCode));
    }

    /**
     * The province administrator's choice for a unit, or, given the province itself, for all its units at once (their
     * own choices are dropped).
     */
    @Transactional
    public void setOffering(String procedureCode, String scope, Offering offering, String by) {
        Procedure procedure = catalog.requireProcedure(procedureCode);
        Unit unit = organization.unit(scope).orElseThrow(() -> new InvalidInput("unit", "input.unit.unknown"));
        if (unit.level() == UnitLevel.PROVINCE) {
            search.clearOfferings(procedure.code(), organization.units(new vn.xaso.organization.UnitQuery(scope, null, false, null),
                    10_000).stream().map(Unit::code).toList());
        }
        search.setOffering(procedure.code(), unit.code(), offering, by, clock.instant());
        events.publishEvent(AuditEvent.of("procedure.offering", unit.code(), "procedure", procedure.code(), null,
                java.util.Map.of("unit", unit.code(), "offering", offering)));
    }

    /**
     * Where a citizen can hand in a procedure the unit does not offer: up to three other units of its province that
     * offer it, else the competent body the national catalog names, else the province.
     */
    @Transactional(readOnly = true)
    public String whereOffered(Procedure procedure, String unitCode) {
        Unit unit = organization.unit(unitCode).orElse(null);
        String province = unit == null ? null : unit.level() == UnitLevel.PROVINCE ? unit.code() : unit.parentCode();
        List<String> names = province == null ? List.of() : organization.units(new vn.xaso.organization.UnitQuery(province,
                null, false, null), 10_000).stream()
                .filter(u -> !u.code().equals(unitCode) && offering(procedure, u.code()) != Offering.NONE)
                .limit(3).map(Unit::name).toList();
        if (!names.isEmpty()) {
            return String.join(", ", names);
        }
        return procedure.sheet().competentBody() != null ? procedure.sheet().competentBody()
                : organization.unit(province).map(Unit::name).orElse("—");
    }

    /** The unit and its ancestors, nearest first: where a choice of offering or workflow may have been made. */
    private List<String> scopes(String unitCode) {
        List<String> scopes = new ArrayList<>();
        for (Unit unit = organization.unit(unitCode).orElse(null); unit != null && scopes.size() < 10;
                unit = organization.unit(unit.parentCode()).orElse(null)) {
            scopes.add(unit.code());
        }
        return scopes;
    }
}
