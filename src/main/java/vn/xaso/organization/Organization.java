package vn.xaso.organization;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.xaso.api.Conflict;
import vn.xaso.api.Inputs;
import vn.xaso.api.InvalidInput;
import vn.xaso.api.NotFound;
import vn.xaso.audit.AuditEvent;

/**
 * The organization module's published API: the unit tree and officials' memberships. Callers decide
 * who may change what; this bean keeps the data consistent and puts every change on the audit trail.
 */
@Service
public class Organization {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private final Units units;
    private final Officials officials;
    private final ApplicationEventPublisher events;

    Organization(Units units, Officials officials, ApplicationEventPublisher events) {
        this.units = units;
        this.officials = officials;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public Optional<Unit> unit(String code) {
        return code == null ? Optional.empty() : units.find(code);
    }

    @Transactional(readOnly = true)
    public Unit requireUnit(String code) {
        return unit(code).orElseThrow(() -> new NotFound("Unit", code));
    }

    /** Whether {@code code} is {@code ancestorCode} itself or lies below it. */
    @Transactional(readOnly = true)
    public boolean isWithin(String code, String ancestorCode) {
        return code != null && ancestorCode != null && units.isWithin(code, ancestorCode);
    }

    @Transactional(readOnly = true)
    public List<Unit> units(UnitQuery query, int limit) {
        return units.page(query, LocalDate.now(ZONE), limit);
    }

    @Transactional
    public Unit createUnit(UnitDetails details) {
        if (units.exists(details.code())) {
            throw new Conflict("organization.unit.exists", details.code());
        }
        Unit unit = checked(details, 0);
        units.insert(unit);
        events.publishEvent(AuditEvent.of("unit.created", unit.code(), "unit", unit.code(), null, unit));
        return units.find(unit.code()).orElseThrow();
    }

    /** Changes a unit; {@code expectedVersion} null means "whatever is there now". */
    @Transactional
    public Unit updateUnit(String code, UnitDetails details, Integer expectedVersion) {
        Unit before = requireUnit(code);
        Unit after = checked(new UnitDetails(code, details.name(), details.type(), details.parentCode(),
                details.statCode(), details.validFrom(), details.validTo(), details.successorCode(),
                details.mergedFrom()), before.version());
        if (after.parentCode() != null && units.isWithin(after.parentCode(), code)) {
            throw new InvalidInput("parentCode", "organization.unit.below-itself");
        }
        if (!units.update(after, expectedVersion == null ? before.version() : expectedVersion)) {
            throw new Conflict("organization.unit.stale", code);
        }
        events.publishEvent(AuditEvent.of("unit.updated", code, "unit", code, before, after));
        return units.find(code).orElseThrow();
    }

    @Transactional(readOnly = true)
    public Optional<Official> official(String username) {
        return username == null ? Optional.empty() : officials.find(username);
    }

    @Transactional(readOnly = true)
    public List<Official> officials(String unitCode, String text, String after, int limit) {
        return officials.page(unitCode, Inputs.blankToNull(text), Inputs.blankToNull(after), limit);
    }

    @Transactional
    public Official register(OfficialDetails details) {
        if (officials.exists(details.username())) {
            throw new Conflict("organization.official.exists", details.username());
        }
        Official official = checked(details, 0);
        officials.insert(official);
        events.publishEvent(AuditEvent.of("official.registered", official.unitCode(), "official",
                official.username(), null, official));
        return official;
    }

    /**
     * Changes an official's membership. Moving them to another unit, changing their roles or
     * deactivating them publishes {@link OfficialAccessChanged} so their old access ends.
     */
    @Transactional
    public Official update(OfficialDetails details, Integer expectedVersion) {
        Official before = officials.find(details.username()).orElseThrow(() -> new NotFound("Official", details.username()));
        Official after = checked(details, before.version() + 1);
        if (!officials.update(after, expectedVersion == null ? before.version() : expectedVersion)) {
            throw new Conflict("organization.official.stale", details.username());
        }
        String action = before.unitCode().equals(after.unitCode()) ? "official.updated" : "official.moved";
        events.publishEvent(AuditEvent.of(action, after.unitCode(), "official", after.username(), before, after));
        if (!before.unitCode().equals(after.unitCode()) || !before.roles().equals(after.roles())
                || before.active() != after.active()) {
            events.publishEvent(new OfficialAccessChanged(after.username(), before.unitCode(), after.unitCode(), after.active()));
        }
        return after;
    }

    private Official checked(OfficialDetails details, int version) {
        Unit unit = units.find(details.unitCode()).orElseThrow(() -> new InvalidInput("unitCode", "input.unit.unknown"));
        if (unit.validTo() != null && unit.validTo().isBefore(LocalDate.now(ZONE))) {
            throw new InvalidInput("unitCode", "organization.unit.merged", unit.successorCode());
        }
        if (details.roles().contains(Role.CITIZEN)) {
            throw new InvalidInput("roles", "organization.roles.citizen");
        }
        if (details.roles().contains(Role.PROVINCE_ADMIN) && unit.level() != UnitLevel.PROVINCE) {
            throw new InvalidInput("roles", "organization.roles.province-admin");
        }
        return new Official(details.username(), details.fullName().strip(), details.unitCode(),
                Inputs.blankToNull(details.title()), EnumSet.copyOf(details.roles()), details.active(), version,
                Inputs.blankToNull(details.email()));
    }

    private Unit checked(UnitDetails details, int version) {
        requireExisting("parentCode", details.parentCode());
        requireExisting("successorCode", details.successorCode());
        if (details.code().equals(details.parentCode())) {
            throw new InvalidInput("parentCode", "organization.unit.own-parent");
        }
        if (details.code().equals(details.successorCode())) {
            throw new InvalidInput("successorCode", "organization.unit.own-successor");
        }
        if (details.validTo() != null && details.validTo().isBefore(details.validFrom())) {
            throw new InvalidInput("validTo", "organization.unit.valid-to");
        }
        if (details.type().level() != UnitLevel.PROVINCE && details.parentCode() == null) {
            throw new InvalidInput("parentCode", "organization.unit.province");
        }
        List<Merger> mergers = new ArrayList<>();
        for (UnitDetails.Predecessor predecessor : details.mergedFrom()) {
            Unit former = units.find(predecessor.code())
                    .orElseThrow(() -> new InvalidInput("mergedFrom", "organization.unit.unknown", predecessor.code()));
            mergers.add(new Merger(former.code(), former.name(), predecessor.partial()));
        }
        return new Unit(details.code(), details.name().strip(), details.type(), details.parentCode(),
                details.statCode(), details.validFrom(), details.validTo(), details.successorCode(),
                List.copyOf(mergers), version);
    }

    private void requireExisting(String field, String code) {
        if (code != null && !units.exists(code)) {
            throw new InvalidInput(field, "organization.unit.unknown", code);
        }
    }
}
