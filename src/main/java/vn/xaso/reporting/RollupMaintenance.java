package vn.xaso.reporting;

import java.time.Instant;
import java.time.LocalDate;
import org.springframework.core.env.Environment;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import vn.xaso.catalog.Catalog;
import vn.xaso.dossier.DossierFinished;
import vn.xaso.dossier.DossierReceived;
import vn.xaso.dossier.DossierStatus;
import vn.xaso.organization.Organization;
import vn.xaso.reporting.ReportRollups.Count;

/**
 * Keeps the rollups up to date from the dossiers' events (after their transaction commits, retried from the event
 * registry if it fails), and rebuilds them from the dossiers on demand.
 */
@Component
public class RollupMaintenance {

    private final ReportRollups rollups;
    private final Catalog catalog;
    private final Environment environment;

    RollupMaintenance(ReportRollups rollups, Catalog catalog, Environment environment) {
        this.rollups = rollups;
        this.catalog = catalog;
        this.environment = environment;
    }

    @ApplicationModuleListener
    void on(DossierReceived received) {
        if (!live()) {
            return;
        }
        rollups.add(received.code(), received.unitCode(), field(received.procedureCode(), received.procedureVersion()),
                received.channel().name(), day(received.at()), Count.RECEIVED);
    }

    /** A dossier that was never received (refused or withdrawn at intake) is in no report. */
    @ApplicationModuleListener
    void on(DossierFinished finished) {
        if (finished.receivedAt() == null || !live()) {
            return;
        }
        Count count = finished.status() == DossierStatus.WITHDRAWN ? Count.WITHDRAWN
                : finished.timeliness() == null ? Count.ON_TIME : Count.valueOf(finished.timeliness().name());
        rollups.add(finished.code(), finished.unitCode(), field(finished.procedureCode(), finished.procedureVersion()),
                finished.channel().name(), day(finished.at()), count);
    }

    /** Recomputes every rollup from the dossiers (after a repair, or to check them); returns the rows written. */
    @Transactional(isolation = Isolation.REPEATABLE_READ)
    public int rebuild() {
        return rollups.rebuild();
    }

    /**
     * Whether events keep the rollups ({@code xaso.reporting.live-rollups}, default true; read each time, so that a
     * bulk load or a benchmark can turn it off and rebuild afterwards).
     */
    private boolean live() {
        return environment.getProperty("xaso.reporting.live-rollups", Boolean.class, true);
    }

    private String field(String procedureCode, int version) {
        return catalog.version(procedureCode, version).field();
    }

    private static LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, Organization.ZONE);
    }
}
