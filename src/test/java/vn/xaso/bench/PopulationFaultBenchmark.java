package vn.xaso.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.xaso.dossier.ApplicantVerification;

/**
 * The counter while the population database fails (not a test): {@code bench/population-faults.sh [machine index]}.
 * 50 counter clients, each in its own commune, each looking a citizen up ({@code GET /api/v1/citizens/{id}}) and then
 * receiving their dossier, one a second, in rounds with the simulated database up, down (connections dropped), slow
 * (5 s) and erroring (500), in the mirrored order up, down, slow, error, error, slow, down, up. Measures lookup and receive
 * latency per mode, errors, and whether every dossier was received and, once the database is back, checked. Writes
 * {@code bench/results/<date>-population-faults.md}.
 */
public final class PopulationFaultBenchmark {

    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final int CLIENTS = 50;
    private static final int PER_ROUND = 11;
    /** Each mode twice, in mirrored order, so that a drift of the machine weighs on all alike. */
    private static final List<String> ROUNDS = List.of("up", "down", "slow", "error", "error", "slow", "down", "up");
    private static final int WARM_UP = 10;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    public static void main(String[] args) throws Exception {
        String machineIndex = args.length > 0 ? args[0] : "not measured";
        StringBuilder report = new StringBuilder();
        try (ConfigurableApplicationContext app = BenchApp.start("server.tomcat.threads.max=64",
                "xaso.integration.simulator.slow-latency=5s")) {
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
            String simulator = app.getEnvironment().getProperty("xaso.integration.simulator.url");
            HttpClient http = HttpClient.newHttpClient();
            JsonNode people = JSON.readTree(http.send(HttpRequest.newBuilder(URI.create(simulator + "/__citizens?limit=5001"))
                    .GET().build(), HttpResponse.BodyHandlers.ofString()).body());
            List<String[]> counters = jdbc.query("""
                    select u.code, max(o.username) from unit u join official o on o.unit_code = u.code
                    join official_role r on r.username = o.username and r.role = 'COUNTER'
                    where u.type in ('COMMUNE', 'WARD') and u.valid_to is null group by u.code order by u.code limit ?""",
                    (rs, n) -> new String[] {rs.getString(1), rs.getString(2)}, CLIENTS);
            Map<String, Latencies> lookups = new LinkedHashMap<>();
            Map<String, Latencies> receives = new LinkedHashMap<>();
            for (String mode : List.of("up", "down", "slow", "error")) {
                lookups.put(mode, new Latencies("lookup (GET /api/v1/citizens/{id}), database " + mode));
                receives.put(mode, new Latencies("receive (POST /api/v1/dossiers), database " + mode));
            }
            AtomicInteger sent = new AtomicInteger();
            long before = jdbc.queryForObject("select count(*) from dossier", Long.class);
            fault(http, simulator, "up");
            round(http, port, counters, people, new Latencies("warm-up"), new Latencies("warm-up"), new AtomicInteger(), -1);
            StringBuilder rounds = new StringBuilder("| round | database | lookup p99 ms | receive p50 ms | receive p99 ms |\n"
                    + "|---:|---|---:|---:|---:|\n");
            for (int r = 0; r < ROUNDS.size(); r++) {
                String mode = ROUNDS.get(r);
                fault(http, simulator, mode);
                Latencies lookup = new Latencies("lookup");
                Latencies receive = new Latencies("receive");
                round(http, port, counters, people, lookup, receive, sent, r);
                lookups.get(mode).addAll(lookup);
                receives.get(mode).addAll(receive);
                rounds.append(String.format(Locale.ROOT, "| %d | %s | %.1f | %.1f | %.1f |%n", r + 1, mode,
                        lookup.percentile(0.99), receive.percentile(0.50), receive.percentile(0.99)));
                System.out.print(rounds.substring(rounds.lastIndexOf("| " + (r + 1) + " |")));
            }
            fault(http, simulator, "up");
            long received = jdbc.queryForObject("select count(*) from dossier", Long.class) - before - (long) CLIENTS * WARM_UP;
            long unchecked = app.getBean(ApplicantVerification.class).waiting();
            long drainStart = System.nanoTime();
            long left = unchecked;
            while (left > 0 && System.nanoTime() - drainStart < 300_000_000_000L) {
                app.getBean(ApplicantVerification.class).recheck();
                left = app.getBean(ApplicantVerification.class).waiting();
                if (left > 0) {
                    Thread.sleep(1000);
                }
            }
            double drain = (System.nanoTime() - drainStart) / 1e9;
            double upP99 = receives.get("up").percentile(0.99);
            report.append("# The counter while the population database fails\n\n")
                    .append("- date: ").append(LocalDate.now(ZONE)).append('\n')
                    .append("- command: `bench/population-faults.sh`\n")
                    .append("- machine index (median of bench/deadlines.sh): ").append(machineIndex).append('\n')
                    .append(String.format("- machine: %d cores, %s %s%n%n", Runtime.getRuntime().availableProcessors(),
                            System.getProperty("java.vm.name"), System.getProperty("java.version")))
                    .append(String.format("%d counter clients, each in its own commune, each looking a citizen up and then "
                            + "receiving the dossier, one request a second (starts spread over the second), %d dossiers per "
                            + "client and round, after a warm-up of %d each with the database up; rounds with the simulated database %s (down: connections dropped; slow: "
                            + "answers after 5 s; error: HTTP 500). The simulator answers in 75–225 ms when up. xaso's read "
                            + "timeout 1.5 s, breaker over 60 s after 3 calls, open for 20 s.%n%n", CLIENTS, PER_ROUND, WARM_UP,
                            String.join(", ", ROUNDS)))
                    .append(Latencies.header()).append('\n');
            lookups.values().forEach(l -> report.append(l.row()).append('\n'));
            receives.values().forEach(l -> report.append(l.row()).append('\n'));
            report.append("\nEach round (after a warm-up of ").append(WARM_UP).append(" dossiers per client with the database up):\n\n")
                    .append(rounds).append('\n');
            for (String mode : List.of("down", "slow", "error")) {
                report.append(String.format(Locale.ROOT, "- receive p99 with the database %s / up = **%.2f** (%.1f ms / %.1f ms)%n",
                        mode, receives.get(mode).percentile(0.99) / upP99, receives.get(mode).percentile(0.99), upP99));
            }
            int errors = receives.values().stream().mapToInt(Latencies::errors).sum();
            report.append(String.format("- receipts sent %d, answered 201 %d, errors %d; dossiers in the database %d (lost %d)%n",
                            sent.get(), sent.get() - errors, errors, received, sent.get() - errors - received))
                    .append(String.format(Locale.ROOT, "- not checked when the database came back: %d; all checked after %.1f s "
                            + "(left: %d)%n", unchecked, drain, left));
        }
        Path results = Path.of("bench", "results");
        Files.createDirectories(results);
        Path file = results.resolve(LocalDate.now(ZONE) + "-population-faults.md");
        Files.writeString(file, report.toString());
        System.out.println(report);
        System.out.println("written to " + file);
    }

    private static void round(HttpClient http, int port, List<String[]> counters, JsonNode people, Latencies lookups,
            Latencies receives, AtomicInteger sent, int round) throws Exception {
        int perClient = round < 0 ? WARM_UP : PER_ROUND;
        ExecutorService pool = Executors.newFixedThreadPool(counters.size());
        List<Future<?>> clients = new ArrayList<>();
        for (int c = 0; c < counters.size(); c++) {
            String[] counter = counters.get(c);
            int client = c;
            clients.add(pool.submit(() -> {
                Thread.sleep(client * 1000L / counters.size());
                for (int i = 0; i < perClient; i++) {
                    // a different citizen each time (the adapter reuses an answer for a while): 8 × 50 × 11 + 50 × 10 of 5,000
                    JsonNode person = people.get(round < 0 ? 1 + ROUNDS.size() * CLIENTS * PER_ROUND + client * WARM_UP + i
                            : 1 + round * CLIENTS * PER_ROUND + client * PER_ROUND + i);
                    long started = System.nanoTime();
                    try {
                        call(http, port, "GET", "/api/v1/citizens/" + person.get("soDinhDanh").asString(), counter[1], null);
                        lookups.add(System.nanoTime() - started);
                    } catch (IllegalStateException unavailable) {
                        // 503: the officer types the data
                        lookups.add(System.nanoTime() - started);
                    }
                    long receiving = System.nanoTime();
                    sent.incrementAndGet();
                    try {
                        call(http, port, "POST", "/api/v1/dossiers", counter[1], """
                                {"procedureCode": "HN-01", "unitCode": "%s", "channel": "COUNTER",
                                 "applicant": {"fullName": "%s", "idNumber": "%s"}}""".formatted(counter[0],
                                person.get("hoVaTen").asString(), person.get("soDinhDanh").asString()));
                        receives.add(System.nanoTime() - receiving);
                    } catch (Exception e) {
                        receives.error();
                    }
                    Thread.sleep(Math.max(0, 1000 - (System.nanoTime() - started) / 1_000_000));
                }
                return null;
            }));
        }
        for (Future<?> client : clients) {
            client.get();
        }
        pool.shutdown();
    }

    private static void call(HttpClient http, int port, String method, String path, String user, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "application/json");
        request = json == null ? request.GET() : request.header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != (json == null ? 200 : 201)) {
            throw new IllegalStateException(path + " → " + response.statusCode() + " " + response.body());
        }
    }

    private static void fault(HttpClient http, String simulator, String mode) throws Exception {
        http.send(HttpRequest.newBuilder(URI.create(simulator + "/__faults")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"service\": \"population\", \"mode\": \"" + mode + "\"}")).build(),
                HttpResponse.BodyHandlers.discarding());
    }
}
