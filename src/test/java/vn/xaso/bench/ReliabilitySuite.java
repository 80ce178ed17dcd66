package vn.xaso.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reliability suite: xaso started as a user starts it (its own JVM, the embedded PostgreSQL in a data folder),
 * a burst of receptions and assignments from many clients, then a kill -9 in the middle of it (round 2 also kills
 * PostgreSQL: a power cut), then the same start command again with no hand on the keyboard. Counts what the clients
 * were told was done against what is in the database afterwards, duplicate and skipped dossier codes, and the time
 * to be healthy again. Writes bench/results/&lt;date&gt;-reliability.md.
 */
public final class ReliabilitySuite {

    private static final Pattern CODE = Pattern.compile("\"code\"\\s*:\\s*\"([^\"]+)\"");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final String[][] COUNTERS = {{"motcua.binhan", "H40.01", "lanhdao.binhan", "chuyenvien.binhan"},
            {"motcua.thientruong", "H40.02", "lanhdao.thientruong", "chuyenvien.thientruong"}};

    private final Path data;
    private final int port;
    private final String classpath;
    private final Map<String, String> acknowledgedReceptions = new ConcurrentHashMap<>();
    private final Set<String> acknowledgedAssignments = ConcurrentHashMap.newKeySet();
    private final Map<String, AtomicInteger> clientErrors = new ConcurrentHashMap<>();
    /** The codes in the database before a round's burst. */
    private Set<String> before = Set.of();

    private ReliabilitySuite(Path data, int port, String classpath) {
        this.data = data;
        this.port = port;
        this.classpath = classpath;
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 16;
        String machineIndex = args.length > 2 ? args[2] : "not measured";
        Path data = Path.of("target", "reliability", "data").toAbsolutePath();
        deleteRecursively(data.getParent());
        var suite = new ReliabilitySuite(data, 18000 + ThreadLocalRandom.current().nextInt(1000), System.getProperty("java.class.path"));
        StringBuilder report = new StringBuilder("# Reliability: kill -9 under load, restart, count\n\n")
                .append("- date: ").append(LocalDate.now()).append("\n")
                .append("- command: `bench/reliability.sh ").append(rounds).append(' ').append(clients).append("`\n")
                .append("- machine index (median of bench/deadlines.sh): ").append(machineIndex).append("\n")
                .append("- machine: ").append(Runtime.getRuntime().availableProcessors()).append(" cores, ")
                .append(System.getProperty("java.vm.name")).append(' ').append(System.getProperty("java.version")).append("\n\n")
                .append("| round | killed | receptions acknowledged | acknowledged and present | present, not acknowledged (answer lost in the crash) | assignments acknowledged / present | duplicate codes | skipped codes | restart to healthy (s) | client errors during the burst |\n")
                .append("|---|---|---|---|---|---|---|---|---|---|\n");
        Process app = suite.start();
        System.out.printf("first start (demo data loaded): healthy after %.1f s%n", suite.awaitHealthy(app, Duration.ofMinutes(5)));
        boolean allGood = true;
        for (int round = 1; round <= rounds; round++) {
            boolean powerCut = round == 2;
            suite.acknowledgedReceptions.clear();
            suite.acknowledgedAssignments.clear();
            suite.clientErrors.clear();
            suite.before = suite.count().codes();
            suite.burstThenKill(app, clients, powerCut);
            app = suite.start();
            double seconds = suite.awaitHealthy(app, Duration.ofSeconds(120));
            Result result = suite.count();
            System.out.printf("round %d (%s): %d acknowledged, %d present, %d not acknowledged, %d duplicates, %d skipped, healthy again after %.1f s%n",
                    round, powerCut ? "JVM + PostgreSQL" : "JVM", suite.acknowledgedReceptions.size(), result.present(),
                    result.unacknowledged(), result.duplicates(), result.skipped(), seconds);
            report.append(String.format("| %d | %s | %d | %d | %d | %d / %d | %d | %d | %.1f | %s |%n", round,
                    powerCut ? "JVM and PostgreSQL (power cut)" : "JVM", suite.acknowledgedReceptions.size(), result.present(),
                    result.unacknowledged(), suite.acknowledgedAssignments.size(), result.assignedPresent(), result.duplicates(),
                    result.skipped(), seconds, suite.clientErrors.isEmpty() ? "none" : new TreeMap<>(suite.clientErrors)));
            allGood &= result.present() == suite.acknowledgedReceptions.size() && result.duplicates() == 0 && result.skipped() == 0
                    && result.assignedPresent() == suite.acknowledgedAssignments.size() && seconds <= 60;
        }
        app.destroy();
        app.waitFor(60, TimeUnit.SECONDS);
        report.append("\nEvery acknowledged reception and assignment must be present, with no duplicate or skipped code, and xaso ")
                .append("healthy again within 60 s without help. Result: **").append(allGood ? "all rounds passed" : "FAILED").append("**\n");
        Path out = Path.of("bench", "results", LocalDate.now() + "-reliability.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        System.out.println(report);
        System.out.println("written to " + out);
        System.exit(allGood ? 0 : 1);
    }

    private Process start() throws IOException {
        Path log = data.getParent().resolve("xaso.log");
        Files.createDirectories(data.getParent());
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-cp", classpath, "vn.xaso.Xaso", "--server.port=" + port, "--logging.level.root=WARN",
                "--logging.file.name=" + data.getParent().resolve("xaso-file.log"),
                "--xaso.files.directory=" + data.getParent().resolve("files"),
                "--xaso.signing.directory=" + data.getParent().resolve("signing"))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().put("XASO_DATA_DIR", data.toString());
        builder.environment().remove("XASO_DB_URL");
        return builder.start();
    }

    private double awaitHealthy(Process app, Duration patience) throws Exception {
        long started = System.nanoTime();
        long deadline = started + patience.toNanos();
        while (System.nanoTime() < deadline) {
            if (!app.isAlive()) {
                throw new IllegalStateException("xaso exited (" + app.exitValue() + "); see target/reliability/xaso.log");
            }
            try {
                HttpResponse<String> health = HTTP.send(HttpRequest.newBuilder(uri("/actuator/health")).timeout(Duration.ofSeconds(2))
                        .build(), HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200 && health.body().contains("UP")) {
                    return (System.nanoTime() - started) / 1e9;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("not healthy within " + patience);
    }

    /** Clients receive and assign as fast as they can; after a random 3-6 s the process is killed mid-burst. */
    private void burstThenKill(Process app, int clients, boolean powerCut) throws Exception {
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        for (int i = 0; i < clients; i++) {
            String[] unit = COUNTERS[i % COUNTERS.length];
            pool.submit(() -> {
                while (running.get()) {
                    receiveAndAssign(unit);
                }
            });
        }
        Thread.sleep(3000 + ThreadLocalRandom.current().nextInt(3000));
        List<ProcessHandle> postgres = new ArrayList<>(app.descendants().toList());
        ProcessHandle.allProcesses().filter(p -> p.info().command().map(c -> c.endsWith("/postgres")).orElse(false)).forEach(postgres::add);
        app.destroyForcibly(); // SIGKILL
        if (powerCut) {
            postgres.forEach(ProcessHandle::destroyForcibly);
        }
        app.waitFor();
        Thread.sleep(500);
        running.set(false);
        pool.shutdown();
        pool.awaitTermination(30, TimeUnit.SECONDS);
    }

    private void receiveAndAssign(String[] unit) {
        try {
            HttpResponse<String> received = post("/api/v1/dossiers", unit[0], """
                    {"procedureCode": "HKD-01", "unitCode": "%s", "channel": "COUNTER",
                     "applicant": {"fullName": "Trần Thị Bền", "idNumber": "037190004321", "address": "Ninh Bình"}}""".formatted(unit[1]));
            if (received.statusCode() != 201) {
                clientErrors.computeIfAbsent("reception " + received.statusCode(), k -> new AtomicInteger()).incrementAndGet();
                return;
            }
            Matcher code = CODE.matcher(received.body());
            code.find();
            String previous = acknowledgedReceptions.put(code.group(1), unit[1]);
            if (previous != null) {
                clientErrors.computeIfAbsent("the same code acknowledged twice", k -> new AtomicInteger()).incrementAndGet();
            }
            HttpResponse<String> assigned = post("/api/v1/dossiers/" + code.group(1) + "/actions/assign", unit[2],
                    "{\"assignee\": \"" + unit[3] + "\"}");
            if (assigned.statusCode() == 200) {
                acknowledgedAssignments.add(code.group(1));
            } else {
                clientErrors.computeIfAbsent("assignment " + assigned.statusCode(), k -> new AtomicInteger()).incrementAndGet();
            }
        } catch (IOException e) {
            clientErrors.computeIfAbsent("connection lost or refused", k -> new AtomicInteger()).incrementAndGet();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    record Result(int present, int unacknowledged, int assignedPresent, int duplicates, int skipped, Set<String> codes) {
    }

    /** Reads the database directly: every code of today per unit, their numbers, the acknowledged ones' status. */
    private Result count() throws Exception {
        String password = Files.readString(data.resolve("xaso-password")).strip();
        int port = Integer.parseInt(Files.readAllLines(data.resolve("postmaster.pid")).get(3).strip());
        Map<String, String> status = new HashMap<>();
        Map<String, List<Integer>> numbers = new HashMap<>();
        try (var connection = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/xaso", "postgres", password);
             var statement = connection.createStatement();
             var rows = statement.executeQuery("select code, status from dossier where received_at > now() - interval '1 day'")) {
            while (rows.next()) {
                String code = rows.getString(1);
                status.put(code, rows.getString(2));
                String prefix = code.substring(0, code.lastIndexOf('-'));
                numbers.computeIfAbsent(prefix, k -> new ArrayList<>()).add(Integer.parseInt(code.substring(code.lastIndexOf('-') + 1)));
            }
        }
        int present = (int) acknowledgedReceptions.keySet().stream().filter(status::containsKey).count();
        int assigned = (int) acknowledgedAssignments.stream().filter(c -> "PROCESSING".equals(status.get(c))).count();
        int duplicates = 0;
        int skipped = 0;
        for (List<Integer> list : numbers.values()) {
            duplicates += list.size() - (int) list.stream().distinct().count();
            skipped += list.stream().mapToInt(Integer::intValue).max().orElse(0) - (int) list.stream().distinct().count();
        }
        int unacknowledged = (int) status.keySet().stream()
                .filter(c -> !acknowledgedReceptions.containsKey(c) && !before.contains(c)).count();
        return new Result(present, unacknowledged, assigned, duplicates, skipped, Set.copyOf(status.keySet()));
    }

    private HttpResponse<String> post(String path, String user, String json) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (Files.exists(path)) {
            try (var files = Files.walk(path)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
