package vn.xaso.bench;

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
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The province-scale benchmark suite (not a test): {@code bench/suite.sh [dossiers] [threads]}. Loads a province of
 * {@code dossiers} (default 1,000,000) into a fresh embedded PostgreSQL, then measures (1) read latency of the inbox,
 * the dossier list with its common filters, a dossier page and public tracking; (2) HTTP latency of receiving a
 * dossier and of each action under 50 concurrent clients at a fixed rate; (3) lifecycle throughput of xaso's engine
 * against Flowable 8 on the same process and database, and xaso's whole dossier lifecycle. Writes
 * {@code bench/results/<date>-province-<dossiers>.md}.
 */
public final class ProvinceBenchmark {

    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final int READS = 300;

    public static void main(String[] args) throws Exception {
        int dossiers = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        int lifecycles = args.length > 2 ? Integer.parseInt(args[2]) : 2000;
        StringBuilder report = new StringBuilder();
        try (ConfigurableApplicationContext app = BenchApp.start("server.tomcat.threads.max=64")) {
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            ProvinceData.Loaded loaded = new ProvinceData(app, 2026).load(dossiers, dossiers / 10, Instant.now());
            String sizes = jdbc.queryForObject("""
                    select format('%s dossiers, %s history rows, %s tasks (%s open), %s documents; database %s',
                      (select count(*) from dossier), (select count(*) from dossier_history), (select count(*) from wf_task),
                      (select count(*) from wf_task where completed_at is null), (select count(*) from document),
                      pg_size_pretty(pg_database_size(current_database())))""", String.class);
            System.out.printf("loaded in %.0f s: %s%n", loaded.seconds(), sizes);
            report.append("# xaso at province scale: ").append(String.format("%,d", dossiers)).append(" dossiers\n\n")
                    .append("- date: ").append(LocalDate.now(ZONE)).append("\n")
                    .append("- command: `bench/suite.sh ").append(String.join(" ", args)).append("`\n")
                    .append("- machine: ").append(machine()).append("\n")
                    .append(String.format("- data: %s, loaded with COPY in %.0f s (%,d rows)%n%n", sizes, loaded.seconds(), loaded.rows()));

            int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
            report.append(reads(jdbc, port)).append('\n');
            report.append(load(jdbc, port)).append('\n');
            report.append(lifecycle(app, threads, lifecycles)).append('\n');
        }
        Path results = Path.of("bench", "results");
        Files.createDirectories(results);
        Path file = results.resolve(LocalDate.now(ZONE) + "-province-" + dossiers + ".md");
        Files.writeString(file, report.toString());
        System.out.println(report);
        System.out.println("written to " + file);
    }

    /** (1) Read latency over HTTP (loopback) for the busiest commune's officials, a province monitor and the public. */
    private static String reads(JdbcTemplate jdbc, int port) throws Exception {
        String unit = jdbc.queryForObject("select unit_code from dossier group by unit_code order by count(*) desc limit 1", String.class);
        Map<String, Object> people = jdbc.queryForMap("""
                select max(o.username) filter (where r.role = 'LEADER') as leader, max(o.username) filter (where r.role = 'SPECIALIST') as specialist,
                       max(o.username) filter (where r.role = 'COUNTER') as counter
                from official o join official_role r on r.username = o.username where o.unit_code = ?""", unit);
        List<Map<String, Object>> samples = jdbc.queryForList(
                "select code, applicant_id_number, applicant_name from dossier where unit_code = ? order by random() limit 500", unit);
        long unitDossiers = jdbc.queryForObject("select count(*) from dossier where unit_code = ?", Long.class, unit);
        HttpClient http = HttpClient.newHttpClient();
        Random random = new Random(7);
        LocalDate today = LocalDate.now(ZONE);
        List<Latencies> all = new ArrayList<>();
        all.add(measure("inbox of the leader (GET /api/v1/inbox)", () -> get(http, port, "/api/v1/inbox", (String) people.get("leader"))));
        all.add(measure("inbox of the specialist", () -> get(http, port, "/api/v1/inbox", (String) people.get("specialist"))));
        all.add(measure("inbox of the counter", () -> get(http, port, "/api/v1/inbox", (String) people.get("counter"))));
        all.add(measure("dossier list, own unit, newest first", () -> get(http, port, "/api/v1/dossiers", (String) people.get("leader"))));
        all.add(measure("dossier list, status=PROCESSING", () -> get(http, port, "/api/v1/dossiers?status=PROCESSING",
                (String) people.get("leader"))));
        all.add(measure("dossier list, last month", () -> get(http, port, "/api/v1/dossiers?from=" + today.minusMonths(1) + "&to=" + today,
                (String) people.get("leader"))));
        all.add(measure("dossier list, next page (cursor)", () -> {
            String first = get(http, port, "/api/v1/dossiers", (String) people.get("leader"));
            Matcher next = Pattern.compile("\"next\":\"([^\"]+)\"").matcher(first);
            return next.find() ? get(http, port, "/api/v1/dossiers?cursor=" + URLEncoder.encode(next.group(1), StandardCharsets.UTF_8),
                    (String) people.get("leader")) : first;
        }));
        all.add(measure("dossier list, search applicant name", () -> {
            String name = (String) samples.get(random.nextInt(samples.size())).get("applicant_name");
            return get(http, port, "/api/v1/dossiers?q=" + URLEncoder.encode(name.substring(name.lastIndexOf(' ') + 1),
                    StandardCharsets.UTF_8), (String) people.get("leader"));
        }));
        all.add(measure("dossier list, search ID number", () -> get(http, port, "/api/v1/dossiers?q="
                + samples.get(random.nextInt(samples.size())).get("applicant_id_number"), (String) people.get("leader"))));
        all.add(measure("province monitor: all units, status=PROCESSING", () -> get(http, port, "/api/v1/dossiers?status=PROCESSING",
                "theodoi")));
        all.add(measure("province monitor: all units, newest first", () -> get(http, port, "/api/v1/dossiers", "theodoi")));
        all.add(measure("dossier page (GET /api/v1/dossiers/{code})", () -> get(http, port, "/api/v1/dossiers/"
                + samples.get(random.nextInt(samples.size())).get("code"), (String) people.get("leader"))));
        all.add(measure("public tracking (code + ID number)", () -> {
            Map<String, Object> d = samples.get(random.nextInt(samples.size()));
            return get(http, port, "/api/v1/public/dossiers/" + d.get("code") + "?idNumber=" + d.get("applicant_id_number"), null);
        }));
        StringBuilder out = new StringBuilder("## 1. Read latency at this size\n\n");
        out.append(String.format("HTTP on loopback, one client, %d requests each after 30 warm-up; commune %s with %,d dossiers "
                + "(the busiest); lists return a page of 50.%n%n", READS, unit, unitDossiers)).append(Latencies.header()).append('\n');
        all.forEach(l -> out.append(l.row()).append('\n'));
        System.out.println(out);
        return out.toString();
    }

    interface Call {
        String run() throws Exception;
    }

    private static Latencies measure(String name, Call call) throws Exception {
        Latencies latencies = new Latencies(name);
        for (int i = 0; i < 30; i++) {
            call.run();
        }
        for (int i = 0; i < READS; i++) {
            long t = System.nanoTime();
            try {
                call.run();
                latencies.add(System.nanoTime() - t);
            } catch (IllegalStateException e) {
                latencies.error();
            }
        }
        return latencies;
    }

    /** (2) The 50-client load: receiving and each action of the dossier's way through the commune. */
    private static String load(JdbcTemplate jdbc, int port) throws Exception {
        FiftyClientLoad.Run run = new FiftyClientLoad(jdbc, port).run(20, 2);
        StringBuilder out = new StringBuilder("## 2. HTTP latency under load\n\n");
        out.append(run.describe()).append(" (after 2 unmeasured dossiers each). (A province of 129 communes receives ≈ 2,900 "
                + "dossiers a day: about 0.5 requests/s over office hours for all five steps.)\n\n");
        out.append(Latencies.header()).append('\n');
        run.steps().forEach(l -> out.append(l.row()).append('\n'));
        System.out.println(out);
        return out.toString();
    }

    /** (3) Lifecycle throughput: xaso's engine and Flowable on the same process, and the whole dossier lifecycle. */
    private static String lifecycle(ConfigurableApplicationContext app, int threads, int items) throws Exception {
        LifecycleThroughput bench = new LifecycleThroughput(app);
        LifecycleThroughput.Run xaso = bench.xasoEngine(items, threads);
        LifecycleThroughput.Run flowable = bench.flowable(items, threads);
        LifecycleThroughput.Run dossier = bench.dossierLifecycle(Math.max(100, items / 4), threads);
        StringBuilder out = new StringBuilder("## 3. Lifecycle throughput\n\n");
        out.append(String.format("The same process (assign by a leader of the unit → specialist processes → leader approves → "
                + "counter returns; the same assignees and due times from the working calendar; each user action its own "
                + "transaction after looking up the open task), %d processes on %d threads after a warm-up, on the same "
                + "PostgreSQL server (Flowable in its own database, its tables empty at start; xaso's beside the province's data).%n%n",
                items, threads));
        out.append("| run | processes | threads | seconds | processes/s |\n|---|---:|---:|---:|---:|\n");
        for (LifecycleThroughput.Run run : List.of(xaso, flowable, dossier)) {
            out.append(String.format(java.util.Locale.ROOT, "| %s | %d | %d | %.1f | %.0f |%n", run.name(), run.items(), run.threads(),
                    run.seconds(), run.perSecond()));
        }
        out.append(String.format(java.util.Locale.ROOT, "%n**xaso engine / Flowable = %.1f×**%n", xaso.perSecond() / flowable.perSecond()));
        System.out.println(out);
        return out.toString();
    }

    private static String get(HttpClient http, int port, String path, String user) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", "application/json");
        if (user != null) {
            request.header("Authorization", basic(user));
        }
        HttpResponse<String> response = http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " → " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
    }

    private static String machine() {
        String cpu = "unknown CPU";
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse(cpu);
        } catch (Exception e) {
            // not Linux
        }
        return String.format("%d cores (%s), %d MB heap max, %s %s, %s", Runtime.getRuntime().availableProcessors(), cpu,
                Runtime.getRuntime().maxMemory() / 1024 / 1024, System.getProperty("java.vm.name"), System.getProperty("java.version"),
                System.getProperty("os.name"));
    }
}
