package vn.xaso.dossier;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.MessageSource;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;
import vn.xaso.api.Conflict;
import vn.xaso.api.Refusal;
import vn.xaso.identity.XasoUser;

/**
 * A leader approves (and so signs) many dossiers in one action. Each dossier is its own transaction: one
 * that cannot be approved is reported with the reason and the others still complete. Runs in the
 * background so the page can show progress.
 */
@Component
public class BatchApproval {

    private final DossierDesk desk;
    private final TaskExecutor executor;
    private final Map<String, Job> jobs = new ConcurrentHashMap<>();

    BatchApproval(DossierDesk desk, @Qualifier("applicationTaskExecutor") TaskExecutor executor) {
        this.desk = desk;
        this.executor = executor;
    }

    /** Approves the dossiers now, one after another, and says which were approved and which failed. */
    public Job run(XasoUser leader, List<String> codes, String comment) {
        Job job = new Job(UUID.randomUUID().toString(), codes.size());
        approveAll(job, leader, codes, comment);
        return job;
    }

    /** Starts approving in the background; follow it with {@link #job(String)}. */
    public Job start(XasoUser leader, List<String> codes, String comment) {
        Job job = new Job(UUID.randomUUID().toString(), codes.size());
        jobs.put(job.id(), job);
        SecurityContext context = SecurityContextHolder.getContext();
        executor.execute(() -> {
            SecurityContextHolder.setContext(context);
            try {
                approveAll(job, leader, codes, comment);
            } finally {
                SecurityContextHolder.clearContext();
            }
        });
        return job;
    }

    public Job job(String id) {
        return jobs.get(id);
    }

    private void approveAll(Job job, XasoUser leader, List<String> codes, String comment) {
        DossierCommand approve = new DossierCommand.Approve(comment);
        for (String code : codes) {
            try {
                desk.act(leader, code, approve);
                job.approved(code);
            } catch (ErrorResponseException e) {
                job.failed(code, e);
            } catch (RuntimeException e) {
                job.failed(code, new Conflict("dossier.batch.not-signed", e.getClass().getSimpleName()));
            }
        }
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

        /** The batch as it stands, failures explained in {@code locale}. */
        public synchronized Progress progress(MessageSource messages, Locale locale) {
            List<Failure> failures = failed.entrySet().stream()
                    .map(f -> new Failure(f.getKey(), Refusal.text(f.getValue(), messages, locale)))
                    .toList();
            return new Progress(id, approved.size() + failed.size(), total, List.copyOf(approved), failures);
        }
    }
}
