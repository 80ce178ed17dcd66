package vn.xaso.bench;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The cluster benchmark's clients (not a test: {@code bench/cluster.sh} sets up etcd, two Patroni PostgreSQL nodes and two
 * xaso nodes, then runs this). 50 clients, each in its own commune, take dossiers through receive, assign, propose,
 * approve and return-result as fast as the cluster answers, through both app nodes. Phases: one app node, two app
 * nodes, kill -9 of an app node, kill -9 of the PostgreSQL primary (its Patroni with it: the machine dies), a planned
 * switchover. A client whose node does not answer goes to the other; a 503 is retried after its Retry-After. Afterwards
 * every acknowledged write is looked for in the database, and the dossier codes and result numbers are checked for
 * duplicates and gaps.
 *
 * <p>Arguments: {@code nodes=http://…,http://… db=jdbc:postgresql://… dbUser= dbPassword= index= killNode="…"
 * killPrimary="…" rejoin="…" switchover="…" out=…}; the commands are run with {@code bash -c}.
 */
public final class ClusterBenchmark {

    static final int CLIENTS = 50;
    static final String[] STEPS = {"receive", "assign", "propose", "approve", "return-result"};

    private final List<String> nodes;
    private final Map<String, Long> downUntil = new ConcurrentHashMap<>();
    private final ExecutorService io = Executors.newFixedThreadPool(CLIENTS);
    private final HttpClient http = HttpClient.newBuilder().executor(io).connectTimeout(Duration.ofSeconds(2)).build();
    private final List<String[]> units;
    /** Dossier code → how many of its steps were acknowledged. */
    private final Map<String, Integer> acknowledged = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> errors = new ConcurrentHashMap<>();
    /** When each acknowledged write came back (ms since the phase began), to find the time without writes. */
    private final ConcurrentLinkedQueue<Long> writes = new ConcurrentLinkedQueue<>();
    /** How long each acknowledged request took, retries included (ms). */
    private final ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
    private final AtomicLong sequence = new AtomicLong();
    private final LongAdder finished = new LongAdder();
    private volatile boolean running;
    private volatile long phaseStart;

    private ClusterBenchmark(List<String> nodes, List<String[]> units) {
        this.nodes = nodes;
        this.units = units;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> a = new HashMap<>();
        for (String arg : args) {
            String[] pair = arg.split("=", 2);
            a.put(pair[0], pair[1]);
        }
        List<String> nodes = List.of(a.get("nodes").split(","));
        StringBuilder out = new StringBuilder("# Cluster — ").append(LocalDate.now()).append("\n\nCommand: `bench/cluster.sh`. ")
                .append("Two xaso nodes (java -jar, each with the multi-host URL), two PostgreSQL 15 nodes under Patroni 3 + etcd ")
                .append("(synchronous mode, ttl 20 s, loop_wait 2 s, retry_timeout 5 s), all on this machine, and these ")
                .append(CLIENTS).append(" clients.\n\n- machine index (median of bench/deadlines.sh): ").append(a.get("index"))
                .append("\n- machine: ").append(Runtime.getRuntime().availableProcessors()).append(" cores\n\n");
        List<String[]> units = units(a);
        ClusterBenchmark bench = new ClusterBenchmark(nodes, units);
        bench.phase("warm-up (not counted)", nodes, 30, null, 0);
        out.append("| phase | seconds | dossiers through all 5 steps | requests acknowledged | requests/s | p50 / p95 ms | longest time without an acknowledged write | errors seen by clients (each retried) |\n")
                .append("|---|---:|---:|---:|---:|---:|---:|---|\n");
        out.append(bench.phase("one app node", List.of(nodes.get(0)), 40, null, 0));
        long[] before = counters(a);
        long dossiersBefore = bench.finished.sum();
        out.append(bench.phase("two app nodes", nodes, 40, null, 0));
        long[] after = counters(a);
        long dossiers = Math.max(1, bench.finished.sum() - dossiersBefore);
        String perDossier = String.format(Locale.ROOT, "%nOn the primary during \"two app nodes\": %.1f committed transactions and %.0f kB of WAL "
                + "per dossier taken through all five steps (%d dossiers; %.1f transactions/s).%n",
                (after[0] - before[0]) / (double) dossiers, (after[1] - before[1]) / 1024.0 / dossiers, dossiers,
                (after[0] - before[0]) / 40.0);
        out.append(bench.phase("kill -9 of app node 2 after 10 s", nodes, 30, a.get("killNode"), 10));
        out.append(bench.phase("kill -9 of the PostgreSQL primary (and its Patroni) after 10 s", List.of(nodes.get(0)), 75,
                a.get("killPrimary"), 10));
        String rejoined = "";
        if (a.containsKey("rejoin")) {
            long t = System.nanoTime();
            new ProcessBuilder("bash", "-c", a.get("rejoin")).inheritIO().start().waitFor();
            rejoined = String.format(Locale.ROOT, "%nThe killed PostgreSQL node rejoined (Patroni, pg_rewind) as the synchronous standby in %.0f s, "
                    + "between the last two phases.%n", (System.nanoTime() - t) / 1e9);
        }
        if (a.containsKey("switchover")) {
            out.append(bench.phase("planned switchover (Patroni REST) after 10 s", List.of(nodes.get(0)), 30, a.get("switchover"), 10));
        }
        out.append(perDossier).append(rejoined).append("\n").append(bench.verify(a));
        bench.io.shutdownNow();
        System.out.print(out);
        Path file = Path.of(a.getOrDefault("out", "bench/results/" + LocalDate.now() + "-cluster.md"));
        Files.createDirectories(file.getParent());
        Files.writeString(file, out.toString());
        System.out.println("\nWritten to " + file);
    }

    /** The primary's committed transactions (this database) and WAL position in bytes. */
    private static long[] counters(Map<String, String> a) throws Exception {
        try (Connection db = DriverManager.getConnection(a.get("db"), a.get("dbUser"), a.get("dbPassword"));
             PreparedStatement query = db.prepareStatement("""
                     select xact_commit, (pg_current_wal_lsn() - '0/0'::pg_lsn)::bigint from pg_stat_database where datname = current_database()""");
             ResultSet rs = query.executeQuery()) {
            rs.next();
            return new long[] {rs.getLong(1), rs.getLong(2)};
        }
    }

    private static List<String[]> units(Map<String, String> a) throws Exception {
        try (Connection db = DriverManager.getConnection(a.get("db"), a.get("dbUser"), a.get("dbPassword"));
             PreparedStatement query = db.prepareStatement("""
                     select u.code, max(o.username) filter (where r.role = 'COUNTER'), max(o.username) filter (where r.role = 'LEADER'),
                            max(o.username) filter (where r.role = 'SPECIALIST')
                     from unit u join official o on o.unit_code = u.code join official_role r on r.username = o.username
                     where u.type in ('COMMUNE', 'WARD') and u.valid_to is null group by u.code order by u.code limit ?""")) {
            query.setInt(1, CLIENTS);
            List<String[]> units = new ArrayList<>();
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    units.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)});
                }
            }
            return units;
        }
    }

    /** One phase: the clients work for {@code seconds}; {@code command} runs {@code at} seconds in. */
    private String phase(String name, List<String> through, int seconds, String command, int at) throws Exception {
        errors.clear();
        writes.clear();
        latencies.clear();
        Map<String, Integer> before = new HashMap<>(acknowledged);
        LongAdder completed = new LongAdder();
        running = true;
        phaseStart = System.nanoTime();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        List<Future<?>> futures = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            int client = c;
            futures.add(clients.submit(() -> {
                while (running) {
                    if (dossier(client, through)) {
                        completed.increment();
                        finished.increment();
                    }
                }
                return null;
            }));
        }
        if (command != null) {
            Thread.sleep(at * 1000L);
            long t = System.nanoTime();
            Process process = new ProcessBuilder("bash", "-c", command).inheritIO().start();
            process.waitFor();
            System.out.printf("%s: ran in %d ms%n", name, (System.nanoTime() - t) / 1_000_000);
            Thread.sleep((seconds - at) * 1000L);
        } else {
            Thread.sleep(seconds * 1000L);
        }
        running = false;
        for (Future<?> future : futures) {
            future.get();
        }
        clients.shutdown();
        double elapsed = (System.nanoTime() - phaseStart) / 1e9;
        long requests = writes.size();
        List<Long> times = new ArrayList<>(writes);
        times.sort(Long::compare);
        long longestGap = 0;
        for (int i = 1; i < times.size(); i++) {
            longestGap = Math.max(longestGap, times.get(i) - times.get(i - 1));
        }
        int newDossiers = acknowledged.size() - before.size();
        String errorText = errors.isEmpty() ? "none" : new TreeMap<>(errors).entrySet().stream()
                .map(e -> e.getKey() + " × " + e.getValue().sum()).reduce((x, y) -> x + ", " + y).orElse("");
        List<Long> took = new ArrayList<>(latencies);
        took.sort(Long::compare);
        String row = String.format(Locale.ROOT, "| %s | %.0f | %d (of %d received) | %d | %.1f | %d / %d | %.1f s | %s |%n", name, elapsed,
                completed.sum(), newDossiers, requests, requests / elapsed, percentile(took, 50), percentile(took, 95), longestGap / 1000.0, errorText);
        System.out.print(row);
        return row;
    }

    private static long percentile(List<Long> sorted, int p) {
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, sorted.size() * p / 100));
    }

    /** One dossier through the five steps; false when it could not be finished in this phase. */
    private boolean dossier(int client, List<String> through) {
        String[] u = units.get(client);
        long n = sequence.incrementAndGet();
        String body = """
                {"procedureCode": "HKD-01", "unitCode": "%s", "channel": "COUNTER",
                 "applicant": {"fullName": "Người thử cụm %d", "idNumber": "%012d", "phone": "0912345678"}}"""
                .formatted(u[0], n, 46_000_000_000L + n);
        String created = send(client, through, "/api/v1/dossiers", u[1], body, 201);
        if (created == null) {
            return false;
        }
        Matcher m = Pattern.compile("\"code\":\"([^\"]+)\"").matcher(created);
        if (!m.find()) {
            return false;
        }
        String code = m.group(1);
        acknowledged.put(code, 1);
        String[][] actions = {{"assign", u[2], "{\"assignee\": \"" + u[3] + "\"}"}, {"propose", u[3], "{\"summary\": \"Đủ điều kiện\"}"},
                {"approve", u[2], "{}"}, {"return-result", u[1], "{\"channel\": \"COUNTER\"}"}};
        for (int i = 0; i < actions.length; i++) {
            if (send(client, through, "/api/v1/dossiers/" + code + "/actions/" + actions[i][0], actions[i][1], actions[i][2], 200) == null) {
                return false;
            }
            acknowledged.put(code, i + 2);
        }
        return true;
    }

    /**
     * Sends until acknowledged, for at most 90 s: to the client's node, or the other one while its node does not
     * answer; after a 503, again after its Retry-After. A 409 after an attempt whose answer was lost means that attempt
     * was done: acknowledged. Null when the phase ended or the request was refused for good.
     */
    private String send(int client, List<String> through, String path, String user, String json, int expected) {
        long began = System.nanoTime();
        long deadline = began + Duration.ofSeconds(90).toNanos();
        boolean uncertain = false;
        int attempt = 0;
        while (System.nanoTime() < deadline) {
            String node = pick(client + attempt, through);
            attempt++;
            try {
                HttpResponse<String> response = http.send(java.net.http.HttpRequest.newBuilder(URI.create(node + path))
                        .timeout(Duration.ofSeconds(30))
                        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
                        .header("Content-Type", "application/json").header("Accept", "application/json")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
                int status = response.statusCode();
                if (status == expected || status == 409 && uncertain) {
                    long now = System.nanoTime();
                    writes.add((now - phaseStart) / 1_000_000);
                    latencies.add((now - began) / 1_000_000);
                    return response.body();
                }
                error("HTTP " + status + (status == 409 ? " (" + detail(response.body()) + ")" : ""));
                if (status == 503) {
                    sleep(1000L * response.headers().firstValue("Retry-After").map(Integer::parseInt).orElse(1));
                    continue;
                }
                if (status >= 500) {
                    uncertain = true;
                    sleep(500);
                    continue;
                }
                return null;
            } catch (ConnectException refused) {
                error("connection refused");
                downUntil.put(node, System.currentTimeMillis() + 5000);
            } catch (HttpTimeoutException timeout) {
                error("no answer in 30 s");
                uncertain = true;
            } catch (IOException lost) {
                // the node died with the request: it may or may not have committed
                error("connection lost mid-request");
                uncertain = true;
                downUntil.put(node, System.currentTimeMillis() + 5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
            if (!running && !uncertain) {
                return null;
            }
        }
        error("gave up after 90 s");
        return null;
    }

    private static String detail(String problem) {
        Matcher m = Pattern.compile("\"detail\":\"([^\"]{0,70})").matcher(problem);
        return m.find() ? m.group(1) : "";
    }

    private String pick(int index, List<String> through) {
        long now = System.currentTimeMillis();
        for (int i = 0; i < through.size(); i++) {
            String node = through.get((index + i) % through.size());
            if (downUntil.getOrDefault(node, 0L) < now) {
                return node;
            }
        }
        return through.get(index % through.size());
    }

    private void error(String kind) {
        errors.computeIfAbsent(kind, k -> new LongAdder()).increment();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Every acknowledged write in the database; the codes and result numbers without duplicates or gaps. */
    private String verify(Map<String, String> a) throws Exception {
        int writesAcknowledged = 0;
        int writesPresent = 0;
        List<String> missing = new ArrayList<>();
        try (Connection db = DriverManager.getConnection(a.get("db"), a.get("dbUser"), a.get("dbPassword"))) {
            Map<String, List<String>> history = new HashMap<>();
            try (PreparedStatement query = db.prepareStatement("select dossier_code, action from dossier_history where dossier_code = any(?)")) {
                query.setArray(1, db.createArrayOf("varchar", acknowledged.keySet().toArray()));
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        history.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
                    }
                }
            }
            for (var entry : acknowledged.entrySet()) {
                writesAcknowledged += entry.getValue();
                List<String> actions = history.get(entry.getKey());
                if (actions == null) {
                    missing.add(entry.getKey() + " (received)");
                    continue;
                }
                writesPresent++;
                for (int step = 1; step < entry.getValue(); step++) {
                    String wanted = STEPS[step];
                    if (actions.stream().anyMatch(action -> wanted.equals(action.toLowerCase(Locale.ROOT).replace('_', '-')))) {
                        writesPresent++;
                    } else {
                        missing.add(entry.getKey() + " (" + wanted + ")");
                    }
                }
            }
            String codes = gaps(db, """
                    select split_part(code, '-', 1) || '-' || split_part(code, '-', 2), split_part(code, '-', 3)::int, count(*) over (partition by code)
                    from dossier""");
            String numbers = gaps(db, """
                    select unit_code || ' ' || extract(year from received_at), split_part(result_reference, '/', 1)::int, count(*) over (partition by unit_code, result_reference)
                    from dossier where result_reference is not null""");
            return String.format(Locale.ROOT, """
                    Acknowledged writes (a receipt, or an action answered 200): %d; present in the database afterwards: %d%s.

                    - dossier codes (per unit and day): %s
                    - result numbers (per unit and year): %s
                    """, writesAcknowledged, writesPresent, missing.isEmpty() ? "" : " — missing: " + missing.subList(0, Math.min(10, missing.size())),
                    codes, numbers);
        }
    }

    /** Duplicates and gaps in numbered sequences: rows of (series, number, how many rows carry that number). */
    private static String gaps(Connection db, String sql) throws Exception {
        Map<String, List<Integer>> series = new HashMap<>();
        int duplicates = 0;
        int rows = 0;
        try (PreparedStatement query = db.prepareStatement(sql); ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                rows++;
                series.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getInt(2));
                if (rs.getInt(3) > 1) {
                    duplicates++;
                }
            }
        }
        long skipped = 0;
        for (List<Integer> numbers : series.values()) {
            long distinct = numbers.stream().distinct().count();
            int max = numbers.stream().mapToInt(Integer::intValue).max().orElse(0);
            skipped += max - distinct;
        }
        return String.format(Locale.ROOT, "%d numbered in %d series, %d duplicated, %d skipped", rows, series.size(), duplicates, skipped);
    }
}
