package vn.xaso;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL still running on our data folder after the JVM that started it died (a kill -9, an out-of-memory
 * kill): the embedded server runs detached, so it outlives its JVM and keeps the folder. It is recognised by its
 * working directory, which PostgreSQL sets to its data folder (the postmaster and every backend alike), so a
 * server of another folder is never touched. It is asked to shut down (a clean checkpoint); what does not stop in
 * time is stopped hard, and PostgreSQL's crash recovery takes over at the next start.
 */
final class OrphanedPostgres {

    private static final Logger log = LoggerFactory.getLogger(OrphanedPostgres.class);
    /** The lock file the embedded server's library holds while a live JVM uses the folder. */
    private static final String LIBRARY_LOCK = "epg-lock";

    private OrphanedPostgres() {
    }

    /** Stops whatever PostgreSQL still runs on {@code dataDirectory}; refuses when a live xaso is using it. */
    static void stopOn(Path dataDirectory, Duration patience) {
        Path directory = realPath(dataDirectory);
        List<ProcessHandle> orphans = postgresProcessesIn(directory);
        if (orphans.isEmpty()) {
            removeStalePidFile(directory);
            return;
        }
        requireNoLiveOwner(directory);
        log.warn("A PostgreSQL left running on {} by a stopped xaso (processes {}): stopping it before starting again",
                directory, orphans.stream().map(ProcessHandle::pid).toList());
        orphans.stream().filter(p -> p.parent().map(parent -> !orphans.contains(parent)).orElse(true))
                .forEach(ProcessHandle::destroy); // SIGTERM to the postmaster: its clients died with the old JVM
        if (!awaitExit(orphans, patience)) {
            log.warn("The old PostgreSQL did not stop within {}: stopping it hard (crash recovery follows)", patience);
            orphans.forEach(p -> signal(p, "QUIT"));
            if (!awaitExit(orphans, patience)) {
                orphans.forEach(ProcessHandle::destroyForcibly);
                awaitExit(orphans, patience);
            }
        }
        removeStalePidFile(directory);
    }

    /**
     * No server runs here, but a crash left its {@code postmaster.pid}: after a reboot its process number may belong
     * to another program, and PostgreSQL would then refuse to start.
     */
    private static void removeStalePidFile(Path directory) {
        Path pidFile = directory.resolve("postmaster.pid");
        try {
            if (Files.exists(pidFile) && postgresProcessesIn(directory).isEmpty()) {
                Files.delete(pidFile);
                log.info("Removed the stale {} left by a crash", pidFile);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Processes of a {@code postgres} binary whose working directory is the data folder. */
    static List<ProcessHandle> postgresProcessesIn(Path directory) {
        Path real = realPath(directory);
        return ProcessHandle.allProcesses().filter(p -> isPostgresIn(p, real)).toList();
    }

    private static boolean isPostgresIn(ProcessHandle process, Path directory) {
        Path proc = Path.of("/proc", Long.toString(process.pid()));
        try {
            Path executable = Files.readSymbolicLink(proc.resolve("exe"));
            return executable.getFileName().toString().equals("postgres")
                    && Files.readSymbolicLink(proc.resolve("cwd")).equals(directory);
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false; // not ours to look at, or gone already
        }
    }

    /** The library's lock is held by a JVM that is still alive: that xaso's server is no orphan. */
    private static void requireNoLiveOwner(Path directory) {
        Path lockFile = directory.resolve(LIBRARY_LOCK);
        if (!Files.exists(lockFile)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw new IllegalStateException("The database folder " + directory
                        + " is in use by another running xaso; stop it first or choose another XASO_DATA_DIR");
            }
            lock.release();
        } catch (OverlappingFileLockException e) {
            throw new IllegalStateException("The database folder " + directory + " is already in use by this process", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether all of them are gone within {@code patience}. */
    private static boolean awaitExit(List<ProcessHandle> processes, Duration patience) {
        try {
            CompletableFuture.allOf(processes.stream().map(ProcessHandle::onExit).toArray(CompletableFuture[]::new))
                    .get(patience.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException | ExecutionException e) {
            // some still run: the caller stops them harder
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return processes.stream().noneMatch(ProcessHandle::isAlive);
    }

    private static void signal(ProcessHandle process, String signal) {
        try {
            new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid())).start().waitFor(5, TimeUnit.SECONDS);
        } catch (IOException e) {
            process.destroyForcibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Path realPath(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path.toAbsolutePath().normalize();
        }
    }
}
