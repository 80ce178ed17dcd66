package vn.xaso.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
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
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.xaso.dossier.GuideFigures;

/**
 * The catalog benchmark (not a test): {@code bench/catalog.sh [dossiers=1000000] [machine index]}. On a fresh embedded
 * PostgreSQL with the demo data (the six demo procedures and the national catalog's 455) and {@code dossiers} dossiers
 * of a year: catalog search over the whole catalog (the query set of the tests, round robin) by one client alone, then
 * by 5 searching clients (one search a second each) while the 50-client load runs, each against a reference in the
 * same run (one procedure read by its code); then the
 * nightly computation of the guides' figures, and the guide of the most used procedure, read 200 times. Writes
 * {@code bench/results/<date>-catalog-<dossiers>.md}.
 */
public final class CatalogBenchmark {

    /** Five counter officers looking procedures up while the 50 clients work, each once a second. */
    private static final int SEARCHERS = 5;
    private static final long THINK_MILLIS = 1000;
    private static final int READS = 200;

    public static void main(String[] args) throws Exception {
        int dossiers = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        String machineIndex = args.length > 1 ? args[1] : "not measured";
        List<String> queries = queries();
        StringBuilder report = new StringBuilder();
        try (ConfigurableApplicationContext app = BenchApp.start("server.tomcat.threads.max=64")) {
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            ProvinceData.Loaded loaded = new ProvinceData(app, 2026).load(dossiers, 0, Instant.now());
            int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
            HttpClient http = HttpClient.newHttpClient();
            for (int i = 0; i < 200; i++) { // warm-up
                get(http, port, "/api/v1/procedures?unit=H40.01&limit=10&q=" + encode(queries.get(i % queries.size())));
            }
            Latencies alone = new Latencies("catalog search alone, one client, " + queries.size() + " queries × 3");
            Latencies aloneReference = new Latencies("reference alone: one procedure by its code");
            for (int i = 0; i < queries.size() * 3; i++) {
                long t = System.nanoTime();
                get(http, port, "/api/v1/procedures?unit=H40.01&limit=10&q=" + encode(queries.get(i % queries.size())));
                alone.add(System.nanoTime() - t);
                t = System.nanoTime();
                get(http, port, "/api/v1/procedures/1.001612");
                aloneReference.add(System.nanoTime() - t);
            }

            Latencies search = new Latencies("catalog search, GET /api/v1/procedures?unit&q&limit=10, " + queries.size()
                    + " queries round robin, " + SEARCHERS + " searching clients, one search a second each");
            Latencies reference = new Latencies("reference: one procedure by its code, GET /api/v1/procedures/{code}");
            FiftyClientLoad load = new FiftyClientLoad(jdbc, port);
            AtomicBoolean loading = new AtomicBoolean(true);
            ExecutorService searchers = Executors.newFixedThreadPool(SEARCHERS + 1);
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < SEARCHERS; c++) {
                int client = c;
                running.add(searchers.submit(() -> {
                    for (int k = client; loading.get(); k += SEARCHERS) {
                        String q = queries.get(k % queries.size());
                        long t = System.nanoTime();
                        get(http, port, "/api/v1/procedures?unit=H40.01&limit=10&q=" + encode(q));
                        search.add(System.nanoTime() - t);
                        t = System.nanoTime();
                        get(http, port, "/api/v1/procedures/1.001612");
                        reference.add(System.nanoTime() - t);
                        Thread.sleep(THINK_MILLIS);
                    }
                    return null;
                }));
            }
            FiftyClientLoad.Run run = load.run(10, 5);
            loading.set(false);
            for (Future<?> f : running) {
                f.get();
            }
            searchers.shutdown();

            long refreshStart = System.nanoTime();
            int rows = app.getBean(GuideFigures.class).refresh();
            double refresh = (System.nanoTime() - refreshStart) / 1e9;
            String busiest = jdbc.queryForObject(
                    "select procedure_code from dossier group by procedure_code order by count(*) desc limit 1", String.class);
            Latencies guide = new Latencies("the guide of the most used procedure (" + busiest
                    + "), GET /api/v1/public/procedures/{code}/guide?unit=H40.01, " + READS + " reads");
            for (int i = 0; i < READS + 20; i++) {
                long t = System.nanoTime();
                String body = get(http, port, "/api/v1/public/procedures/" + busiest + "/guide?unit=H40.01");
                if (i >= 20) {
                    guide.add(System.nanoTime() - t);
                }
                if (i == 0 && !body.contains("\"oftenSupplemented\":[{")) {
                    throw new IllegalStateException("The guide has no figures: " + body.substring(0, Math.min(300, body.length())));
                }
            }

            report.append("# Catalog search and the guides' figures, ").append(String.format(Locale.ROOT, "%,d", dossiers))
                    .append(" dossiers\n\n")
                    .append("- date: ").append(LocalDate.now()).append("\n")
                    .append("- command: `bench/catalog.sh ").append(dossiers).append("`\n")
                    .append("- machine index (median of bench/deadlines.sh): ").append(machineIndex).append("\n")
                    .append("- machine: ").append(Runtime.getRuntime().availableProcessors()).append(" cores, ")
                    .append(System.getProperty("java.vm.name")).append(' ').append(System.getProperty("java.version")).append("\n")
                    .append("- data: ").append(jdbc.queryForObject("select count(*) from procedure_search", Long.class))
                    .append(" procedures in the catalog; ").append(String.format(Locale.ROOT, "%,d", dossiers))
                    .append(" dossiers loaded in ").append(String.format(Locale.ROOT, "%.0f s", loaded.seconds())).append("\n")
                    .append("- load: ").append(run.describe()).append("\n\n")
                    .append(Latencies.header()).append("\n")
                    .append(alone.row()).append("\n").append(aloneReference.row()).append("\n")
                    .append(search.row()).append(" (under the load)\n").append(reference.row()).append(" (under the load)\n")
                    .append(guide.row()).append("\n")
                    .append("\n- nightly figures of every guide: ").append(String.format(Locale.ROOT, "%.1f s", refresh))
                    .append(" for ").append(rows).append(" rows (items shared by at least 3 dossiers, top 10 per unit and province)\n")
                    .append(String.format(Locale.ROOT, "- search p95 / reference p95: %.2f%n%n",
                            search.percentile(0.95) / reference.percentile(0.95)))
                    .append("The 50-client load meanwhile:\n\n").append(Latencies.header()).append("\n");
            run.steps().forEach(step -> report.append(step.row()).append("\n"));
        }
        Path out = Path.of("bench/results", LocalDate.now() + "-catalog-" + dossiers + ".md");
        Files.writeString(out, report);
        System.out.println(report);
        System.out.println("written to " + out);
    }

    private static List<String> queries() throws Exception {
        List<String> queries = new ArrayList<>();
        try (var in = new BufferedReader(new InputStreamReader(CatalogBenchmark.class.getClassLoader()
                .getResourceAsStream("catalog/search-queries.csv"), StandardCharsets.UTF_8))) {
            in.lines().skip(1).forEach(line -> queries.add(line.substring(0, line.indexOf(','))));
        }
        return queries;
    }

    private static String encode(String q) {
        return URLEncoder.encode(q, StandardCharsets.UTF_8);
    }

    private static String get(HttpClient http, int port, String path) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("motcua.binhan:demo".getBytes(StandardCharsets.UTF_8)))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " → " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }
}
