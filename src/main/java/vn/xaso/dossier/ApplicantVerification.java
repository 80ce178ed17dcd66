package vn.xaso.dossier;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadPoolExecutor;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.xaso.api.Unavailable;
import vn.xaso.audit.AuditEvent;

/**
 * Checks the applicant of every dossier against the national population database, never in the way of the work: a
 * new dossier is checked just after it is saved, on two threads of its own (never while a transaction holds a
 * connection, so a slow database cannot take the counter's connections); what could not be checked then — the
 * database down, slow or erroring, or too many waiting — stays "not checked" and is checked again every half minute
 * (four at a time) once the database answers. A difference is shown on the dossier and to the unit's officials.
 */
@Service
public class ApplicantVerification {

    private static final Logger log = LoggerFactory.getLogger(ApplicantVerification.class);
    private static final int BATCH = 100;

    private final Dossiers dossiers;
    private final CitizenLookupLog lookups;
    private final ObjectProvider<ApplicantRegistry> registries;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final ThreadPoolTaskExecutor soon = new ThreadPoolTaskExecutor();
    /** The recheck asks a few at a time (the link's bulkhead allows 8 calls at once, the counter keeps the rest). */
    private final ExecutorService rechecking = Executors.newFixedThreadPool(4, runnable -> {
        Thread thread = new Thread(runnable, "applicant-recheck");
        thread.setDaemon(true);
        return thread;
    });

    ApplicantVerification(Dossiers dossiers, CitizenLookupLog lookups, ObjectProvider<ApplicantRegistry> registries,
            ApplicationEventPublisher events, Clock clock, PlatformTransactionManager transactionManager) {
        this.lookups = lookups;
        this.transactions = new TransactionTemplate(transactionManager);
        this.dossiers = dossiers;
        this.registries = registries;
        this.events = events;
        this.clock = clock;
        soon.setCorePoolSize(2);
        soon.setMaxPoolSize(2);
        soon.setQueueCapacity(1000);
        soon.setThreadNamePrefix("applicant-check-");
        // when more wait than that, the rest are left to the recheck
        soon.setRejectedExecutionHandler(new ThreadPoolExecutor.DiscardPolicy());
        soon.initialize();
    }

    /** The population database, or {@link ApplicantRegistry#NOT_CONNECTED} when no adapter is configured. */
    public ApplicantRegistry registry() {
        return registries.getIfAvailable(() -> ApplicantRegistry.NOT_CONNECTED);
    }

    /** Checks the dossier once the current transaction has committed (at once when there is none). */
    void checkAfterCommit(String code) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            soon.execute(() -> quietly(code));
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                soon.execute(() -> quietly(code));
            }
        });
    }

    /**
     * Checks the open dossiers not checked yet, the longest waiting first, until the database stops answering;
     * returns how many were checked.
     */
    @Scheduled(initialDelayString = "${xaso.dossier.applicant-recheck:PT30S}", fixedDelayString = "${xaso.dossier.applicant-recheck:PT30S}")
    @SchedulerLock(name = "dossier.applicant-recheck", lockAtMostFor = "PT5M")
    public int recheck() {
        int checked = 0;
        while (true) {
            List<String> waiting = dossiers.unchecked(BATCH);
            List<Future<Boolean>> checks = new ArrayList<>();
            for (String code : waiting) {
                checks.add(rechecking.submit(() -> check(code) != null));
            }
            int before = checked;
            boolean unavailable = false;
            for (Future<Boolean> outcome : checks) {
                try {
                    outcome.get();
                    checked++;
                } catch (ExecutionException e) {
                    unavailable |= e.getCause() instanceof Unavailable;
                    if (!(e.getCause() instanceof Unavailable)) {
                        log.warn("Checking an applicant failed", e.getCause());
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return checked;
                }
            }
            if (unavailable || waiting.size() < BATCH || checked == before) {
                return checked;
            }
        }
    }

    /**
     * Checks one dossier's applicant now and records the answer (no transaction is held while the database is asked).
     *
     * @throws Unavailable when the database cannot answer; the dossier stays not checked
     */
    public ApplicantCheck check(String code) {
        Dossier dossier = dossiers.find(code).orElseThrow();
        String idNumber = dossier.applicant().idNumber();
        Optional<Citizen> found;
        try {
            found = registry().find(idNumber);
        } catch (Unavailable e) {
            lookups.record(AuditEvent.SYSTEM, dossier.unitCode(), idNumber, code, "UNAVAILABLE", clock.instant());
            throw e;
        }
        lookups.record(AuditEvent.SYSTEM, dossier.unitCode(), idNumber, code, found.isPresent() ? "FOUND" : "UNKNOWN", clock.instant());
        ApplicantCheck check = ApplicantCheck.of(dossier.applicant(), found, clock.instant());
        transactions.executeWithoutResult(status -> {
            dossiers.recordCheck(code, check);
            events.publishEvent(new AuditEvent(check.checkedAt(), AuditEvent.SYSTEM, dossier.unitCode(),
                    "dossier.check-applicant", "dossier", code, null, Map.of("verified", check.verified().toString(),
                            "differences", String.join(", ", check.differences()))));
        });
        return check;
    }

    /** How many open dossiers wait for their applicant to be checked. */
    public long waiting() {
        return dossiers.countUnchecked();
    }

    @PreDestroy
    void stop() {
        soon.shutdown();
        rechecking.shutdownNow();
    }

    private void quietly(String code) {
        try {
            check(code);
        } catch (Unavailable e) {
            // left to the recheck
        } catch (RuntimeException e) {
            log.warn("Checking the applicant of {} failed; left to the recheck", code, e);
        }
    }
}
