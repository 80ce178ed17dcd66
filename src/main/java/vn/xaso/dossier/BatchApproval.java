package vn.xaso.dossier;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.MessageSource;
import org.springframework.core.task.TaskExecutor;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;
import vn.xaso.api.Conflict;
import vn.xaso.api.Refusal;
import vn.xaso.identity.XasoUser;
import vn.xaso.signing.Signatures;
import vn.xaso.signing.SigningConsent;

/**
 * A leader approves (and so signs) many dossiers in one action, confirming once (their PIN, or the OTP of the remote
 * service that keeps their key) for the whole batch. Each dossier is its own transaction: one that cannot be approved
 * is reported with the reason and the others still complete. At a remote signing service the result papers are
 * signed first, {@value #REMOTE_PART} in one call, then each approval numbers and seals its own. Runs in the background
 * so the page can show progress.
 */
@Component
public class BatchApproval {

    /** How many papers go to the remote signing service in one call. */
    static final int REMOTE_PART = 25;

    private final DossierDesk desk;
    private final Signatures signatures;
    private final TaskExecutor executor;
    private final Map<String, Job> jobs = new ConcurrentHashMap<>();

    BatchApproval(DossierDesk desk, Signatures signatures, @Qualifier("applicationTaskExecutor") TaskExecutor executor) {
        this.desk = desk;
        this.signatures = signatures;
        this.executor = executor;
    }

    /**
     * Approves the dossiers now and says which were approved and which failed. A wrong or missing confirmation refuses
     * the whole batch at once (400, field {@code confirmation}).
     */
    public Job run(XasoUser leader, List<String> codes, String comment, String confirmation) {
        SigningConsent consent = confirm(leader, codes, confirmation);
        Job job = new Job(UUID.randomUUID().toString(), codes.size());
        approveAll(job, leader, codes, comment, consent);
        return job;
    }

    /** Checks the confirmation, then approves in the background; follow it with {@link #job(String)}. */
    public Job start(XasoUser leader, List<String> codes, String comment, String confirmation) {
        SigningConsent consent = confirm(leader, codes, confirmation);
        Job job = new Job(UUID.randomUUID().toString(), codes.size());
        jobs.put(job.id(), job);
        SecurityContext context = SecurityContextHolder.getContext();
        executor.execute(() -> {
            SecurityContextHolder.setContext(context);
            try {
                approveAll(job, leader, codes, comment, consent);
            } finally {
                SecurityContextHolder.clearContext();
            }
        });
        return job;
    }

    public Job job(String id) {
        return jobs.get(id);
    }

    private SigningConsent confirm(XasoUser leader, List<String> codes, String confirmation) {
        return signatures.confirm(leader.getUsername(), confirmation, Math.max(1, codes.size()),
                "approval of " + codes.size() + " dossiers");
    }

    private void approveAll(Job job, XasoUser leader, List<String> codes, String comment, SigningConsent consent) {
        if (!consent.remote()) {
            approveEach(job, leader, codes, comment, consent, Map.of());
            return;
        }
        // at a remote service, in parts: the next part's papers are signed (one call each) while the part signed
        // already is numbered and sealed, so the batch takes about as long as its approvals alone
        List<List<String>> parts = new ArrayList<>();
        for (int from = 0; from < codes.size(); from += REMOTE_PART) {
            parts.add(codes.subList(from, Math.min(codes.size(), from + REMOTE_PART)));
        }
        SecurityContext context = SecurityContextHolder.getContext();
        ExecutorService signer = Executors.newSingleThreadExecutor();
        try {
            Future<Map<String, LeaderSigning>> next = signer.submit(() -> as(context, () -> signFirst(job, leader, parts.get(0), consent)));
            for (int i = 0; i < parts.size(); i++) {
                Map<String, LeaderSigning> signed = next.get();
                if (i + 1 < parts.size()) {
                    List<String> part = parts.get(i + 1);
                    next = signer.submit(() -> as(context, () -> signFirst(job, leader, part, consent)));
                }
                approveEach(job, leader, parts.get(i), comment, consent, signed);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            signer.shutdown();
        }
    }

    private static <T> T as(SecurityContext context, java.util.function.Supplier<T> work) {
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** One after another: the approvals of a unit queue on its result-number counter anyway (bench/signing.sh). */
    private void approveEach(Job job, XasoUser leader, List<String> codes, String comment, SigningConsent consent,
            Map<String, LeaderSigning> signings) {
        for (String code : codes) {
            if (job.hasFailed(code)) {
                continue;
            }
            try {
                desk.act(leader, code, new DossierCommand.Approve(comment, signings.getOrDefault(code, LeaderSigning.under(consent))));
                job.approved(code);
            } catch (RuntimeException e) {
                job.failed(code, refusal(e));
            }
        }
    }

    /**
     * Runs {@code work} for every code on as many threads as the machine has cores, as the user of this thread (the
     * audit trail names the leader): reading and drafting the papers to sign, which wait on nothing.
     */
    private static void inParallel(List<String> codes, Consumer<String> work) {
        SecurityContext context = SecurityContextHolder.getContext();
        ExecutorService workers = Executors.newFixedThreadPool(Math.max(1, Math.min(codes.size(), Runtime.getRuntime().availableProcessors())));
        try {
            List<Future<?>> done = new ArrayList<>();
            for (String code : codes) {
                done.add(workers.submit(() -> as(context, () -> {
                    work.accept(code);
                    return null;
                })));
            }
            for (Future<?> each : done) {
                each.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            workers.shutdown();
        }
    }

    /** The papers these approvals will sign, signed at the remote service in one call (one round trip for them all). */
    private Map<String, LeaderSigning> signFirst(Job job, XasoUser leader, List<String> codes, SigningConsent consent) {
        Map<String, DossierFiles.ResultPaper> found = new ConcurrentHashMap<>();
        inParallel(codes, code -> {
            try {
                desk.paperToSign(leader, code).ifPresent(paper -> found.put(code, paper));
            } catch (RuntimeException e) {
                job.failed(code, refusal(e));
            }
        });
        Map<String, DossierFiles.ResultPaper> papers = new LinkedHashMap<>();
        codes.stream().filter(found::containsKey).forEach(code -> papers.put(code, found.get(code)));
        Map<String, LeaderSigning> signings = new LinkedHashMap<>();
        if (papers.isEmpty()) {
            return signings;
        }
        try {
            List<Signatures.SignedPaper> signed = signatures.signPersonalAll(papers.values().stream().map(DossierFiles.ResultPaper::paper).toList(),
                    leader.getUsername(), consent);
            int i = 0;
            for (var paper : papers.entrySet()) {
                signings.put(paper.getKey(), LeaderSigning.done(signed.get(i++), paper.getValue().resultFileId()));
            }
        } catch (RuntimeException e) {
            papers.keySet().forEach(code -> job.failed(code, refusal(e)));
        }
        return signings;
    }

    private static ErrorResponseException refusal(RuntimeException e) {
        return e instanceof ErrorResponseException refusal ? refusal
                : new Conflict("dossier.batch.not-signed", e.getClass().getSimpleName());
    }

    /** A dossier that could not be approved, and why, in the reader's language. */
    public record Failure(String code, String reason) {
    }

    /** Where a batch stood at one moment: every figure read together, so the label and the bar agree. */
    public record Progress(String id, int done, int total, List<String> approved, List<Failure> failed) {

        public boolean finished() {
            return done >= total;
        }

        public int percent() {
            return total == 0 ? 100 : done * 100 / total;
        }
    }

    /** One batch as it runs. */
    public static final class Job {
        private final String id;
        private final int total;
        private final List<String> approved = new ArrayList<>();
        private final Map<String, ErrorResponseException> failed = new LinkedHashMap<>();

        Job(String id, int total) {
            this.id = id;
            this.total = total;
        }

        public String id() {
            return id;
        }

        synchronized void approved(String code) {
            approved.add(code);
        }

        synchronized void failed(String code, ErrorResponseException refusal) {
            failed.put(code, refusal);
        }

        synchronized boolean hasFailed(String code) {
            return failed.containsKey(code);
        }

        /** The batch as it stands, failures explained in {@code locale}. */
        public synchronized Progress progress(MessageSource messages, Locale locale) {
            List<Failure> failures = failed.entrySet().stream()
                    .map(f -> new Failure(f.getKey(), Refusal.text(f.getValue(), messages, locale)))
                    .toList();
            return new Progress(id, approved.size() + failed.size(), total, List.copyOf(approved), failures);
        }
    }
}
