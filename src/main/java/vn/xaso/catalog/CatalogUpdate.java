package vn.xaso.catalog;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.xaso.api.InvalidInput;
import vn.xaso.audit.AuditEvent;

/**
 * An update of the national procedure catalog (CSDL quốc gia về TTHC) as a decision publishes it: procedures new,
 * amended or unchanged, and procedures abolished. Each procedure is known by its national code ({@code 1.001193}); a
 * new one is published under that code, an amended one as a new version of the procedure already carrying the code
 * (dossiers received stay on theirs; its transfer settings stay the province's), an abolished one is no longer
 * offered. All or nothing.
 */
@Service
public class CatalogUpdate {

    /**
     * What an update did: procedures added, changed (a new version), unchanged, abolished. Serializable: the catalog
     * page shows it after its redirect, from the session, which is in the database.
     */
    public record Outcome(String decision, List<String> added, List<String> changed, int unchanged, List<String> abolished)
            implements java.io.Serializable {
    }

    private static final Pattern NATIONAL_CODE = Pattern.compile("[0-9]\\.[0-9]{6}(\\.[A-Z0-9]{1,8})?");

    private final Catalog catalog;
    private final Procedures procedures;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CatalogUpdate(Catalog catalog, Procedures procedures, ApplicationEventPublisher events, Clock clock) {
        this.catalog = catalog;
        this.procedures = procedures;
        this.events = events;
        this.clock = clock;
    }

    /** Applies the update published by {@code decision} (its number and date), imported by {@code by}. */
    @Transactional
    public Outcome apply(String decision, List<Procedure> published, List<String> abolishedCodes, String by) {
        Instant now = clock.instant();
        List<String> added = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        int unchanged = 0;
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < published.size(); i++) {
            Procedure p = published.get(i);
            String field = "procedures[" + i + "].nationalCode";
            if (p.nationalCode() == null || !NATIONAL_CODE.matcher(p.nationalCode()).matches()) {
                throw new InvalidInput(field, "catalog.import.national-code");
            }
            if (!seen.add(p.nationalCode())) {
                throw new InvalidInput(field, "catalog.import.twice", p.nationalCode());
            }
            Optional<Procedure> existing = procedures.latestByNationalCode(p.nationalCode());
            if (existing.isEmpty()) {
                if (catalog.procedure(p.nationalCode()).isPresent()) {
                    throw new InvalidInput(field, "catalog.import.code-taken", p.nationalCode());
                }
                catalog.publish(copy(p, p.nationalCode(), p.transferTo(), p.transferDays()));
                added.add(p.nationalCode());
                continue;
            }
            Procedure before = existing.get();
            if (p.processingTime() == null && before.receivable()) {
                throw new InvalidInput("procedures[" + i + "].processingTime", "catalog.import.time-lost", p.nationalCode());
            }
            Procedure after = copy(p, before.code(), before.transferTo(), before.transferDays());
            boolean wasAbolished = procedures.isAbolished(before.code());
            if (sameContent(before, after) && !wasAbolished) {
                unchanged++;
                continue;
            }
            procedures.restore(before.code());
            if (!sameContent(before, after)) {
                catalog.publish(after);
            }
            changed.add(before.code());
        }
        List<String> abolished = new ArrayList<>();
        for (String nationalCode : abolishedCodes) {
            if (seen.contains(nationalCode)) {
                throw new InvalidInput("abolished", "catalog.import.abolished-and-published", nationalCode);
            }
            procedures.latestByNationalCode(nationalCode)
                    .filter(p -> procedures.abolish(p.code(), decision, now))
                    .ifPresent(p -> abolished.add(p.code()));
        }
        Outcome outcome = new Outcome(decision, added, changed, unchanged, abolished);
        procedures.recordImport(decision, by, now, outcome);
        events.publishEvent(AuditEvent.of("catalog.imported", null, "catalog-import", decision, null,
                Map.of("added", added, "changed", changed, "unchanged", unchanged, "abolished", abolished)));
        return outcome;
    }

    private static Procedure copy(Procedure p, String code, String transferTo, BigDecimal transferDays) {
        return new Procedure(code, 0, p.nationalCode(), p.name(), p.field(), p.level(), p.processingTime(), p.fee(),
                p.fullyOnline(), p.channels(), p.resultName(), p.components(), transferTo, transferDays, p.sheet());
    }

    /** Whether two versions say the same to a citizen and a counter officer (amounts compared as numbers). */
    private static boolean sameContent(Procedure a, Procedure b) {
        return a.name().equals(b.name()) && a.field().equals(b.field()) && a.level() == b.level()
                && sameTime(a.processingTime(), b.processingTime()) && a.fee() == b.fee()
                && a.fullyOnline() == b.fullyOnline() && a.channels().equals(b.channels())
                && a.resultName().equals(b.resultName()) && a.components().equals(b.components())
                && a.sheet().equals(b.sheet());
    }

    private static boolean sameTime(Procedure.ProcessingTime a, Procedure.ProcessingTime b) {
        if (a == null || b == null) {
            return a == b;
        }
        return sameNumber(a.workingDays(), b.workingDays()) && sameNumber(a.calendarDays(), b.calendarDays()) && sameNumber(a.workingHours(), b.workingHours())
                && Boolean.TRUE.equals(a.sameDay()) == Boolean.TRUE.equals(b.sameDay());
    }

    private static boolean sameNumber(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}
