package vn.xaso.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.xaso.api.Unavailable;

/**
 * Word drafts (DOCX) to PDF with LibreOffice, where it is installed ({@code xaso.office.command}, default
 * {@code soffice}; Debian: {@code apt-get install libreoffice-writer-nogui}). Without it, drafts stay DOCX and must be
 * uploaded again as PDF before signing.
 * <ul>
 * <li>A draft is somebody's file: LibreOffice opens it with its external links dropped ({@link WordPackage}) and
 * without any network ({@code unshare -n}, a network namespace of its own), so a draft can never make the server fetch
 * an address. Where no network namespace can be made, nothing is converted ({@code xaso.office.isolation=none} allows
 * it, for a machine whose network is closed anyway).</li>
 * <li>At most {@code xaso.office.concurrent} conversions at once and {@code xaso.office.queue} waiting; more are refused
 * at once with "đang chuyển đổi, thử lại" (503), so a burst of drafts cannot hold every request thread.</li>
 * <li>Each conversion ends within {@code xaso.office.timeout} (60 s): the process and what it started are killed.</li>
 * <li>Never inside a transaction: a conversion holds no database connection and no row lock.</li>
 * </ul>
 */
@Component
public class OfficeConverter {

    private static final Logger log = LoggerFactory.getLogger(OfficeConverter.class);

    private final String command;
    private final Duration timeout;
    private final boolean isolated;
    private final Semaphore admitted;
    private final Semaphore running;
    private final int capacity;
    private volatile Boolean available;

    @Autowired
    OfficeConverter(@Value("${xaso.office.command:soffice}") String command,
            @Value("${xaso.office.timeout:PT60S}") Duration timeout,
            @Value("${xaso.office.concurrent:2}") int concurrent,
            @Value("${xaso.office.queue:4}") int queue,
            @Value("${xaso.office.isolation:network-namespace}") String isolation) {
        this.command = command;
        this.timeout = timeout;
        this.isolated = !"none".equals(isolation);
        this.running = new Semaphore(Math.max(1, concurrent), true);
        this.capacity = Math.max(1, concurrent) + Math.max(0, queue);
        this.admitted = new Semaphore(capacity);
    }

    /** Whether LibreOffice answers on this machine, in a network namespace of its own unless told otherwise (checked once). */
    public boolean isAvailable() {
        if (available == null) {
            available = answers(command(List.of("--version")));
            log.info("LibreOffice for DOCX drafts: {}", available ? "available" + (isolated ? ", without network" : "")
                    : isolated ? "not installed, or no network namespace can be made (unshare -n)" : "not installed");
        }
        return available;
    }

    /** Whether the bytes are a Word document (a WordprocessingML package), which {@link #toPdf} converts. */
    public static boolean isWordDocument(byte[] content) {
        return WordPackage.isWordDocument(content);
    }

    /** Conversions under way or waiting now. */
    int busy() {
        return capacity - admitted.availablePermits();
    }

    /**
     * The PDF of a DOCX, or empty when LibreOffice is missing, cannot convert it or takes too long.
     *
     * @throws Unavailable (503) when as many conversions as allowed are under way and waiting
     */
    public Optional<byte[]> toPdf(byte[] docx) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("A conversion must not run inside a transaction: it would hold its connection and locks");
        }
        if (!isAvailable()) {
            return Optional.empty();
        }
        if (!admitted.tryAcquire()) {
            throw new Unavailable(5, "files.office.busy");
        }
        try {
            running.acquire();
            try {
                return convert(WordPackage.withoutExternalLinks(docx));
            } finally {
                running.release();
            }
        } catch (IOException e) {
            log.warn("LibreOffice could not convert a draft: {}", e.getMessage());
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } finally {
            admitted.release();
        }
    }

    private Optional<byte[]> convert(byte[] docx) throws IOException, InterruptedException {
        Path work = Files.createTempDirectory("xaso-office");
        try {
            Path input = Files.write(work.resolve("draft.docx"), docx);
            Process process = new ProcessBuilder(command(List.of("--headless", "--norestore",
                    "-env:UserInstallation=" + work.resolve("profile").toUri(), "--convert-to", "pdf", "--outdir",
                    work.toString(), input.toString())))
                    // its output goes to a file: a full pipe nobody reads would stall it, reading it would wait for its end
                    .redirectErrorStream(true).redirectOutput(work.resolve("soffice.log").toFile()).start();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                kill(process);
                log.warn("LibreOffice took more than {} s to convert a draft: stopped", timeout.toSeconds());
                return Optional.empty();
            }
            Path pdf = work.resolve("draft.pdf");
            return Files.exists(pdf) ? Optional.of(Files.readAllBytes(pdf)) : Optional.empty();
        } finally {
            delete(work);
        }
    }

    /** The process and everything it started (LibreOffice's launcher starts the office itself as a child). */
    private static void kill(Process process) throws InterruptedException {
        List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
        tree.add(process.toHandle());
        tree.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle handle : tree) {
            handle.onExit().completeOnTimeout(handle, 5, TimeUnit.SECONDS).join();
        }
    }

    private List<String> command(List<String> arguments) {
        List<String> line = new ArrayList<>();
        if (isolated) {
            // a network namespace of its own (as root; else a user namespace too): no address is reachable from inside
            line.addAll(ProcessHandle.current().info().user().map("root"::equals).orElse(false)
                    ? List.of("unshare", "--net") : List.of("unshare", "--user", "--map-root-user", "--net"));
        }
        line.add(command);
        line.addAll(arguments);
        return line;
    }

    private boolean answers(List<String> line) {
        try {
            Process process = new ProcessBuilder(line).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                kill(process);
                return false;
            }
            return process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void delete(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            log.debug("Could not remove {}", directory);
        }
    }
}
