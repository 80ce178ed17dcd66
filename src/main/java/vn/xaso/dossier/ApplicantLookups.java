package vn.xaso.dossier;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import vn.xaso.api.Forbidden;
import vn.xaso.api.InvalidInput;
import vn.xaso.api.TooOften;
import vn.xaso.api.Unavailable;
import vn.xaso.identity.XasoUser;
import vn.xaso.organization.Role;

/**
 * A person looked up in the national population database by an official, as personal-data protection wants it
 * (NĐ 13/2023/NĐ-CP): only by the counter, for its intake, or by the counter and the specialists of a dossier, for that
 * dossier; at most {@code xaso.dossier.lookups.per-official} in {@code xaso.dossier.lookups.window} per official
 * (counted in the database, so on every node); every lookup recorded ({@code citizen_lookup}: who, unit, about whom,
 * what for, when, what came of it), refusals too; and the officials whose volume of a day is unusual shown to the
 * administrators.
 */
@Service
public class ApplicantLookups {

    /** The purpose of a counter's lookup while it fills an intake form. */
    public static final String INTAKE = "INTAKE";

    /** An official's lookups of a day: how many, how many refused over the limit, the last one. */
    public record Volume(String username, String unitCode, int lookups, int refused, Instant last) {
    }

    private final ApplicantVerification verification;
    private final DossierDesk desk;
    private final CitizenLookupLog log;
    private final Clock clock;
    private final int perOfficial;
    private final Duration window;
    private final int unusualPerDay;

    ApplicantLookups(ApplicantVerification verification, DossierDesk desk, CitizenLookupLog log, Clock clock,
            @Value("${xaso.dossier.lookups.per-official:30}") int perOfficial,
            @Value("${xaso.dossier.lookups.window:PT10M}") Duration window,
            @Value("${xaso.dossier.lookups.unusual-per-day:100}") int unusualPerDay) {
        this.verification = verification;
        this.desk = desk;
        this.log = log;
        this.clock = clock;
        this.perOfficial = perOfficial;
        this.window = window;
        this.unusualPerDay = unusualPerDay;
    }

    /**
     * The person with this ID number, looked up by {@code who} for {@code dossierCode} (null: the counter's intake).
     *
     * @throws Forbidden   not the counter, nor a specialist of that dossier's unit
     * @throws TooOften    over the official's limit (recorded as REFUSED)
     * @throws Unavailable the database cannot answer now
     */
    public Optional<Citizen> lookUp(XasoUser who, String idNumber, String dossierCode) {
        if (!who.hasRole(Role.COUNTER) && !who.hasRole(Role.SPECIALIST)) {
            throw new Forbidden("integration.population.counter-only");
        }
        if (idNumber == null || !idNumber.matches("[0-9]{12}")) {
            throw new InvalidInput("idNumber", "integration.population.id-number");
        }
        String purpose;
        if (dossierCode == null || dossierCode.isBlank()) {
            if (!who.hasRole(Role.COUNTER)) {
                throw new InvalidInput("dossier", "integration.population.purpose");
            }
            purpose = INTAKE;
        } else {
            purpose = desk.get(who, dossierCode.strip()).code();
        }
        Instant now = clock.instant();
        if (log.since(who.getUsername(), now.minus(window)) >= perOfficial) {
            log.record(who.getUsername(), who.unitCode(), idNumber, purpose, "REFUSED", now);
            throw new TooOften(window, "integration.population.too-many", perOfficial, window.toMinutes());
        }
        try {
            Optional<Citizen> found = verification.registry().find(idNumber);
            log.record(who.getUsername(), who.unitCode(), idNumber, purpose, found.isPresent() ? "FOUND" : "UNKNOWN", now);
            return found;
        } catch (Unavailable e) {
            log.record(who.getUsername(), who.unitCode(), idNumber, purpose, "UNAVAILABLE", now);
            throw e;
        }
    }

    /** The officials whose lookups on {@code day} (Vietnam time) are many, or were refused over the limit; most first. */
    public List<Volume> unusual(LocalDate day) {
        return log.unusual(day, unusualPerDay);
    }
}
