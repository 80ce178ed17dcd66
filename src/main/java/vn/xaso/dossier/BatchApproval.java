package vn.xaso.dossier;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.core.task.TaskExecutor;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;
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

    BatchApproval(DossierDesk desk, TaskExecutor executor) {
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
        ActionRequest request = new ActionRequest(null, null, null, null, null, null, null, comment, null, null, null, null, null);
        for (String code : codes) {
            try {
                desk.act(leader, code, DossierAction.APPROVE, request);
                job.approved.add(code);
            } catch (ErrorResponseException e) {
                job.failed.add(new Failure(code, e.getBody().getDetail()));
            } catch (RuntimeException e) {
                job.failed.add(new Failure(code, "could not be signed or approved: " + e.getClass().getSimpleName()));
            }
            job.done.incrementAndGet();
        }
    }

    /** A dossier that could not be approved, and why. */
    public record Failure(String code, String reason) {
    }

    /** Progress of one batch. */
    public static final class Job {
        private final String id;
        private final int total;
        private final AtomicInteger done = new AtomicInteger();
        private final List<String> approved = new CopyOnWriteArrayList<>();
        private final List<Failure> failed = new CopyOnWriteArrayList<>();

        Job(String id, int total) {
            this.id = id;
            this.total = total;
        }

        public String id() {
            return id;
        }

        public int total() {
            return total;
        }

        public int done() {
            return done.get();
        }

        public boolean finished() {
            return done.get() >= total;
        }

        public List<String> approved() {
            return new ArrayList<>(approved);
        }

        public List<Failure> failed() {
            return new ArrayList<>(failed);
        }

        public int percent() {
            return total == 0 ? 100 : done.get() * 100 / total;
        }
    }
}
