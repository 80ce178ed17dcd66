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
 * (one month and the year); and the latency of receiving and finishing dossiers under the 50-client load with the rollups kept from events and
 * without.
 * Writes {@code bench/results/<date>-reports-<dossiers>.md}.
 */
public final class ReportBenchmark {

    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final int READS = 200;
    private static final int REFERENCE = 30;
    private static final int WARM_UP = 20;
    private static final int PER_CLIENT = 10;
    private static final int WARM_UP_PER_CLIENT = 20;
    /** With and without the rollups in the order ABBAAB, so that a drift of the machine weighs on both alike. */
    private static final boolean[] ROUNDS_WITH_ROLLUPS = {true, false, false, true, true, false};

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
            String receive = underLoad(jdbc, port);
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
     * The 50-client load ({@link FiftyClientLoad}) in alternating rounds with the rollups kept from events and without
     * ({@code xaso.reporting.live-rollups}), so that both see the same machine; receive and return-result (which
     * finishes the dossier) are the steps that feed the rollups.
     */
    private static String underLoad(JdbcTemplate jdbc, int port) throws Exception {
        FiftyClientLoad load = new FiftyClientLoad(jdbc, port);
        load.run(WARM_UP_PER_CLIENT, 0);
        List<Latencies> on = steps(" — rollups kept from events");
        List<Latencies> off = steps(" — rollups not kept (reference)");
        StringBuilder rounds = new StringBuilder("| round | rollups | receive p99 ms | assign p99 ms | return-result p99 ms |\n"
                + "|---:|---|---:|---:|---:|\n");
        List<Double> receiveOn = new ArrayList<>();
        List<Double> receiveOff = new ArrayList<>();
        FiftyClientLoad.Run last = null;
        for (int r = 0; r < ROUNDS_WITH_ROLLUPS.length; r++) {
            boolean live = ROUNDS_WITH_ROLLUPS[r];
            System.setProperty("xaso.reporting.live-rollups", String.valueOf(live));
            last = load.run(PER_CLIENT, 0);
            List<Latencies> into = live ? on : off;
            for (int s = 0; s < into.size(); s++) {
                into.get(s).addAll(last.steps().get(s));
            }
            List<Latencies> steps = last.steps();
            (live ? receiveOn : receiveOff).add(steps.get(0).percentile(0.99));
            rounds.append(String.format(Locale.ROOT, "| %d | %s | %.1f | %.1f | %.1f |%n", r + 1, live ? "kept" : "not kept",
                    steps.get(0).percentile(0.99), steps.get(1).percentile(0.99), steps.get(steps.size() - 1).percentile(0.99)));
            System.out.print(rounds.substring(rounds.lastIndexOf("| " + (r + 1) + " |")));
        }
        System.clearProperty("xaso.reporting.live-rollups");
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "## Under the 50-client load%n%n%s; %d rounds "
                + "with and without the rollups in the order with, without, without, with, with, without (so that a drift of "
                + "the machine weighs on both alike), after a warm-up round of %d dossiers each.%n%n%s%n",
                last.describe(), ROUNDS_WITH_ROLLUPS.length, WARM_UP_PER_CLIENT, Latencies.header()));
        for (int s = 0; s < on.size(); s++) {
            out.append(on.get(s).row()).append('\n').append(off.get(s).row()).append('\n');
        }
        out.append("\nEach round's p99 (assign keeps no rollup: its differences between rounds are the machine's own):\n\n")
                .append(rounds).append('\n');
        for (int s : new int[] {0, 1, FiftyClientLoad.STEPS.size() - 1}) {
            double p99On = on.get(s).percentile(0.99);
            double p99Off = off.get(s).percentile(0.99);
            out.append(String.format(Locale.ROOT, "- %s p99 with rollups / without, all rounds pooled = **%.3f** (%.1f ms / "
                    + "%.1f ms)%n", FiftyClientLoad.STEPS.get(s), p99On / p99Off, p99On, p99Off));
        }
        out.append(String.format(Locale.ROOT, "- receive: median of the rounds' p99 with rollups / without = **%.3f**%n",
                median(receiveOn) / median(receiveOff)));
        return out.toString();
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static List<Latencies> steps(String suffix) {
        return FiftyClientLoad.STEPS.stream().map(step -> new Latencies(step + suffix)).toList();
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

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
    }
}
