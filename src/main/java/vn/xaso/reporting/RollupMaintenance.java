package vn.xaso.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import vn.xaso.catalog.Catalog;
import vn.xaso.catalog.Procedure.Channel;
import vn.xaso.dossier.DossierComponent;
import vn.xaso.dossier.DossierDesk;
import vn.xaso.dossier.DossierFiles;
import vn.xaso.dossier.DossierFinished;
import vn.xaso.dossier.DossierRated;
import vn.xaso.dossier.DossierReceived;
import vn.xaso.dossier.DossierSynchronised;
import vn.xaso.dossier.DossierStatus;
import vn.xaso.files.StoredFile;
import vn.xaso.organization.Organization;
import vn.xaso.reporting.ReportRollups.Column;
import vn.xaso.reporting.ReportRollups.Key;
import vn.xaso.reporting.ReportRollups.Kind;

/**
 * Keeps the rollups up to date from the dossiers' events, in the dossier's own transaction: a figure changes exactly
 * when the dossier does, at the cost of a few small statements and no extra commit; a replayed event adds nothing.
 * Rebuilds them from the dossiers on demand.
 */
@Component
public class RollupMaintenance {

    private static final int SATISFIED = 4;

    private final ReportRollups rollups;
    private final Catalog catalog;
    private final DossierFiles files;
    private final DossierDesk desk;
    private final Environment environment;
    private final Map<String, String> fields = new ConcurrentHashMap<>();
    private final Map<String, Boolean> fees = new ConcurrentHashMap<>();

    RollupMaintenance(ReportRollups rollups, Catalog catalog, DossierFiles files, DossierDesk desk, Environment environment) {
        this.rollups = rollups;
        this.desk = desk;
        this.catalog = catalog;
        this.files = files;
        this.environment = environment;
    }

    @EventListener
    void on(DossierReceived received) {
        if (live()) {
            Set<Column> columns = EnumSet.of(Column.RECEIVED);
            if (hasFee(received.procedureCode(), received.procedureVersion())) {
                columns.add(Column.FEE_BEARING);
                if (desk.wasPaidOnline(received.code())) {
                    columns.add(Column.PAID_ONLINE);
                    rollups.paidOnline(received.unitCode(), received.procedureCode(),
                            LocalDate.ofInstant(received.at(), Organization.ZONE));
                }
            }
            rollups.add(received.code(), Kind.RECEIVED, key(received.unitCode(), received.procedureCode(),
                    received.procedureVersion(), received.channel(), received.at()), columns);
        }
    }

    /** A dossier that was never received (refused or withdrawn at intake) is in no report. */
    @EventListener
    void on(DossierFinished finished) {
        if (finished.receivedAt() == null || !live()) {
            return;
        }
        Set<Column> columns = EnumSet.noneOf(Column.class);
        if (finished.status() == DossierStatus.WITHDRAWN) {
            columns.add(Column.WITHDRAWN);
        } else {
            columns.add(finished.timeliness() == null ? Column.ON_TIME : Column.valueOf(finished.timeliness().name()));
            List<StoredFile> attached = files.of(finished.code());
            if (DossierComponent.digitised(desk.components(finished.code()))) {
                columns.add(Column.SCANNED);
            }
            if (finished.status() == DossierStatus.DONE) {
                columns.add(Column.DONE);
                if (attached.stream().anyMatch(f -> f.kind().equals("RESULT") && f.signed())) {
                    columns.add(Column.SIGNED);
                }
            }
        }
        rollups.add(finished.code(), Kind.FINISHED, key(finished.unitCode(), finished.procedureCode(),
                finished.procedureVersion(), finished.channel(), finished.at()), columns);
    }

    /** A rating counts with the dossier's resolution, on the day it was resolved. */
    @EventListener
    void on(DossierRated rated) {
        if (rated.finishedAt() == null || !live()) {
            return;
        }
        Set<Column> columns = rated.score() >= SATISFIED ? EnumSet.of(Column.RATED, Column.SATISFIED) : EnumSet.of(Column.RATED);
        rollups.add(rated.code(), Kind.RATED, key(rated.unitCode(), rated.procedureCode(), rated.procedureVersion(),
                rated.channel(), rated.finishedAt()), columns);
    }

    /** A dossier the national portal has counts on the day it was received (Decision 766 indicator 1.4). */
    @EventListener
    void on(DossierSynchronised synced) {
        if (synced.receivedAt() == null || !live()) {
            return;
        }
        rollups.add(synced.code(), Kind.SYNCED, key(synced.unitCode(), synced.procedureCode(), synced.procedureVersion(),
                synced.channel(), synced.receivedAt()), EnumSet.of(Column.SYNCED));
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

    private Key key(String unitCode, String procedureCode, int version, Channel channel, Instant at) {
        return new Key(unitCode, field(procedureCode, version), channel.name(), LocalDate.ofInstant(at, Organization.ZONE));
    }

    /** A procedure version's field never changes: looked up once. */
    private String field(String procedureCode, int version) {
        return fields.computeIfAbsent(procedureCode + "@" + version, key -> catalog.version(procedureCode, version).field());
    }

    /** Nor does its fee. */
    private boolean hasFee(String procedureCode, int version) {
        return fees.computeIfAbsent(procedureCode + "@" + version, key -> catalog.version(procedureCode, version).fee() > 0);
    }
}
