package vn.xaso.bench;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.xaso.reporting.RollupMaintenance;

/**
 * The reports benchmark (not a test): {@code bench/reports.sh [dossiers=1000000] [machine index]}. Loads a province of
 * {@code dossiers} dossiers received over the last year into a fresh embedded PostgreSQL, then measures: a full rebuild
 * of the rollups; Biểu 06 of the whole province for a year, the ranking of its communes for a quarter and a commune
 * leader's dashboard page, over HTTP; against them, in the same run, the same Biểu 06 counted live from the dossiers
 * (one month and the year); and receive latency under 50 clients with the rollups kept from events and without.
 * Writes {@code bench/results/<date>-reports-<dossiers>.md}.
 */
public final class ReportBenchmark {

    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final int READS = 200;
    private static final int REFERENCE = 30;
    private static final int WARM_UP = 20;
    private static final int CLIENTS = 50;
    private static final int RECEIVES = 10;
    private static final int ROUNDS = 4;

    public static void main(String[] args) throws Exception {
        int dossiers = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        String machineIndex = args.length > 1 ? args[1] : "not measured";
        StringBuilder report = new StringBuilder();
        try (ConfigurableApplicationContext app = BenchApp.start("server.tomcat.threads.max=64")) {
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            ProvinceData.Loaded loaded = new ProvinceData(app, 2026).load(dossiers, 0, Instant.now());
            long rebuildStart = System.nanoTime();
            int rows = app.getBean(RollupMaintenance.class).rebuild();
            double rebuild = (System.nanoTime() - rebuildStart) / 1e9;
            jdbc.execute("analyze report_day");
            int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
            LocalDate today = LocalDate.now(ZONE);
            LocalDate year = today.minusYears(1).plusDays(1);
            LocalDate quarter = today.minusMonths(3).plusDays(1);
            LocalDate month = today.minusMonths(1).plusDays(1);
            String commune = jdbc.queryForObject(
                    "select unit_code from dossier group by unit_code order by count(*) desc limit 1", String.class);
            String leader = jdbc.queryForObject("""
                    select o.username from official o join official_role r on r.username = o.username
                    where o.unit_code = ? and r.role = 'LEADER' limit 1""", String.class, commune);
            HttpClient http = HttpClient.newHttpClient();
            HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
            logIn(browser, port, leader);
            List<Latencies> reads = new ArrayList<>();
            reads.add(measure("Biểu 06, whole province, a year, rows by unit (rollups)", () -> get(http, port,
                    "/api/v1/reports/form-06?unit=H40&groupBy=unit&from=" + year + "&to=" + today, "theodoi")));
            reads.add(measure("ranking of the communes, a quarter", () -> get(http, port,
                    "/api/v1/reports/ranking?from=" + quarter + "&to=" + today, "theodoi")));
            reads.add(measure("a commune leader's dashboard page (GET /reports)", () -> page(browser, port, "/reports")));
            reads.add(measure("reference: Biểu 06, whole province, a month, counted live from the dossiers", REFERENCE,
                    () -> get(http, port, "/api/v1/reports/form-06?unit=H40&groupBy=procedure&from=" + month + "&to=" + today,
                            "theodoi")));
            reads.add(measure("reference: the same for a year, counted live", REFERENCE, () -> get(http, port,
                    "/api/v1/reports/form-06?unit=H40&groupBy=procedure&from=" + year + "&to=" + today, "theodoi")));
            String receive = receives(jdbc, http, port);
            report.append("# Reports at province scale: ").append(String.format("%,d", dossiers)).append(" dossiers\n\n")
                    .append("- date: ").append(today).append("\n")
                    .append("- command: `bench/reports.sh ").append(dossiers).append("`\n")
                    .append("- machine index (median of bench/deadlines.sh): ").append(machineIndex).append("\n")
                    .append(String.format("- machine: %d cores, %s %s%n", Runtime.getRuntime().availableProcessors(),
                            System.getProperty("java.vm.name"), System.getProperty("java.version")))
                    .append(String.format("- data: %,d dossiers received over the last year, loaded with COPY in %.0f s%n%n",
                            dossiers, loaded.seconds()))
                    .append(String.format("## Rebuild%n%nAll rollups recomputed from the dossiers in one snapshot: %,d rows "
                            + "(unit × field × channel × day) in **%.1f s**.%n%n", rows, rebuild))
                    .append(String.format("## Reads%n%nHTTP on loopback, one client, %d requests each (%d for the live "
                            + "references) after %d warm-up; the busiest commune %s.%n%n", READS, REFERENCE, WARM_UP, commune))
                    .append(Latencies.header()).append('\n');
            reads.forEach(l -> report.append(l.row()).append('\n'));
            double rollup = reads.get(0).percentile(0.5);
            double live = reads.get(4).percentile(0.5);
            report.append(String.format(Locale.ROOT, "%nA year of the province: live count p50 %.1f ms / rollups p50 %.1f ms = "
                    + "**%.0f×**.%n%n", live, rollup, live / rollup)).append(receive);
        }
        Path results = Path.of("bench", "results");
        Files.createDirectories(results);
        Path file = results.resolve(LocalDate.now(ZONE) + "-reports-" + dossiers + ".md");
        Files.writeString(file, report.toString());
        System.out.println(report);
        System.out.println("written to " + file);
    }

    /**
     * Receive latency with the rollups kept from events and without ({@code xaso.reporting.live-rollups}), in
     * alternating rounds so that both see the same machine: 50 clients, each in its own commune, one receipt a second.
     */
    private static String receives(JdbcTemplate jdbc, HttpClient http, int port) throws Exception {
        List<String[]> counters = jdbc.query("""
                select u.code, max(o.username) from unit u join official o on o.unit_code = u.code
                join official_role r on r.username = o.username and r.role = 'COUNTER'
                where u.type in ('COMMUNE', 'WARD') and u.valid_to is null group by u.code order by u.code limit ?""",
                (rs, n) -> new String[] {rs.getString(1), rs.getString(2)}, CLIENTS);
        Latencies on = new Latencies("receive, rollups kept from events");
        Latencies off = new Latencies("receive, rollups not kept (reference)");
        round(http, port, counters, new Latencies("warm-up"), 0);
        for (int r = 0; r < ROUNDS; r++) {
            boolean live = r % 2 == 0;
            System.setProperty("xaso.reporting.live-rollups", String.valueOf(live));
            round(http, port, counters, live ? on : off, r + 1);
        }
        System.clearProperty("xaso.reporting.live-rollups");
        double p99On = on.percentile(0.99);
        double p99Off = off.percentile(0.99);
        return String.format(Locale.ROOT, "## Receive under load%n%n%d clients, each its own commune's counter, one receipt a "
                        + "second, %d rounds alternating with and without the rollups, %d receipts per client and round.%n%n%s%n%s%n%s%n%n"
                        + "Receive p99 with rollups / without = **%.3f** (%.1f ms / %.1f ms).%n", CLIENTS, ROUNDS, RECEIVES,
                Latencies.header(), on.row(), off.row(), p99On / p99Off, p99On, p99Off);
    }

    private static void round(HttpClient http, int port, List<String[]> counters, Latencies latencies, int round)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(counters.size());
        List<Future<?>> clients = new ArrayList<>();
        for (int c = 0; c < counters.size(); c++) {
            String[] counter = counters.get(c);
            int client = c;
            clients.add(pool.submit(() -> {
                for (int i = 0; i < RECEIVES; i++) {
                    long started = System.nanoTime();
                    try {
                        post(http, port, "/api/v1/dossiers", counter[1], """
                                {"procedureCode": "HN-01", "unitCode": "%s", "channel": "COUNTER",
                                 "applicant": {"fullName": "Người thử %d", "idNumber": "0%011d"}}"""
                                .formatted(counter[0], i, round * 100_000L + client * 100L + i));
                        latencies.add(System.nanoTime() - started);
                    } catch (Exception e) {
                        latencies.error();
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

    interface Call {
        String run() throws Exception;
    }

    private static Latencies measure(String name, Call call) throws Exception {
        return measure(name, READS, call);
    }

    private static Latencies measure(String name, int n, Call call) throws Exception {
        Latencies latencies = new Latencies(name);
        for (int i = 0; i < WARM_UP; i++) {
            call.run();
        }
        for (int i = 0; i < n; i++) {
            long t = System.nanoTime();
            call.run();
            latencies.add(System.nanoTime() - t);
        }
        System.out.println(latencies.row());
        return latencies;
    }

    /** Logs in through the form, as a browser does (session cookie, CSRF token). */
    private static void logIn(HttpClient browser, int port, String user) throws Exception {
        String form = page(browser, port, "/login");
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form);
        if (!csrf.find()) {
            throw new IllegalStateException("no CSRF token on the login page");
        }
        String body = "username=" + user + "&password=demo&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding());
    }

    private static String page(HttpClient browser, int port, String path) throws Exception {
        HttpResponse<String> response = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " → " + response.statusCode());
        }
        return response.body();
    }

    private static String get(HttpClient http, int port, String path, String user) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", basic(user)).header("Accept", "application/json").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " → " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    private static void post(HttpClient http, int port, String path, String user, String json) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", basic(user)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IllegalStateException(path + " → " + response.statusCode() + " " + response.body());
        }
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
    }
}
