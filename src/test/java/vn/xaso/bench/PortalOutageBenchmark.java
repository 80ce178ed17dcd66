package vn.xaso.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The national portal down for a while under the 50-client load (not a test): {@code bench/portal-outage.sh [minutes=10]
 * [machine index]}. The load ({@link FiftyClientLoad}) runs with the simulated portal down for {@code minutes}, then up;
 * measures how long the backlog takes to drain once it is back, and checks for every dossier of the run that the
 * portal received each of its statuses once, in order. Writes {@code bench/results/<date>-portal-outage.md}.
 */
public final class PortalOutageBenchmark {

    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    public static void main(String[] args) throws Exception {
        double minutes = args.length > 0 ? Double.parseDouble(args[0]) : 10;
        String machineIndex = args.length > 1 ? args[1] : "not measured";
        StringBuilder report = new StringBuilder();
        try (ConfigurableApplicationContext app = BenchApp.start("server.tomcat.threads.max=64")) {
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
            String simulator = app.getEnvironment().getProperty("xaso.integration.simulator.url");
            HttpClient http = HttpClient.newHttpClient();
            long firstMessage = jdbc.queryForObject("select coalesce(max(id), 0) from portal_message", Long.class);
            FiftyClientLoad load = new FiftyClientLoad(jdbc, port);
            fault(http, simulator, "down");
            long downAt = System.nanoTime();
            List<FiftyClientLoad.Run> runs = new ArrayList<>();
            while ((System.nanoTime() - downAt) / 60e9 < minutes) {
                runs.add(load.run(2, 0));
            }
            long backlog = jdbc.queryForObject("select count(*) from portal_message where id > ? and sent_at is null",
                    Long.class, firstMessage);
            fault(http, simulator, "up");
            long upAt = System.nanoTime();
            long left = backlog;
            while (left > 0 && (System.nanoTime() - upAt) / 60e9 < 30) {
                Thread.sleep(1000);
                left = jdbc.queryForObject("select count(*) from portal_message where id > ? and sent_at is null",
                        Long.class, firstMessage);
            }
            double drain = (System.nanoTime() - upAt) / 1e9;
            List<String> codes = jdbc.queryForList("select distinct dossier_code from portal_message where id > ?",
                    String.class, firstMessage);
            int inOrder = 0;
            int duplicates = 0;
            int missing = 0;
            for (String code : codes) {
                List<Integer> sent = jdbc.queryForList(
                        "select portal_status from portal_message where dossier_code = ? order by id", Integer.class, code);
                List<Integer> received = new ArrayList<>();
                for (JsonNode r : JSON.readTree(http.send(HttpRequest.newBuilder(URI.create(simulator + "/__received?dossier=" + code))
                        .GET().build(), HttpResponse.BodyHandlers.ofString()).body())) {
                    received.add(r.get("portalStatus").asInt());
                }
                if (received.equals(sent)) {
                    inOrder++;
                } else if (received.size() > sent.size()) {
                    duplicates++;
                } else {
                    missing++;
                }
            }
            int requests = runs.stream().mapToInt(r -> r.steps().stream().mapToInt(l -> l.count() + l.errors()).sum()).sum();
            int errors = runs.stream().mapToInt(r -> r.steps().stream().mapToInt(Latencies::errors).sum()).sum();
            report.append("# The national portal down under the 50-client load\n\n")
                    .append("- date: ").append(LocalDate.now(ZONE)).append('\n')
                    .append("- command: `bench/portal-outage.sh ").append(args.length > 0 ? args[0] : "10").append("`\n")
                    .append("- machine index (median of bench/deadlines.sh): ").append(machineIndex).append('\n')
                    .append(String.format("- machine: %d cores, %s %s%n%n", Runtime.getRuntime().availableProcessors(),
                            System.getProperty("java.vm.name"), System.getProperty("java.version")))
                    .append(String.format(Locale.ROOT, "The 50-client load (receive, assign, propose, approve, return; one "
                            + "request a second per client) ran %d rounds with the simulated portal down (connections "
                            + "dropped) for %.1f minutes: %d requests, %d errors. Then the portal came back.%n%n",
                            runs.size(), minutes, requests, errors))
                    .append(String.format(Locale.ROOT, "- messages waiting when it came back: %d%n", backlog))
                    .append(String.format(Locale.ROOT, "- all delivered %.1f s later (left: %d)%n", drain, left))
                    .append(String.format(Locale.ROOT, "- dossiers: %d; the portal received each status once and in order "
                            + "for %d, more than sent for %d, fewer for %d%n", codes.size(), inOrder, duplicates, missing));
        }
        Path results = Path.of("bench", "results");
        Files.createDirectories(results);
        Path file = results.resolve(LocalDate.now(ZONE) + "-portal-outage.md");
        Files.writeString(file, report.toString());
        System.out.println(report);
        System.out.println("written to " + file);
    }

    private static void fault(HttpClient http, String simulator, String mode) throws Exception {
        http.send(HttpRequest.newBuilder(URI.create(simulator + "/__faults")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"service\": \"dvcqg\", \"mode\": \"" + mode + "\"}")).build(),
                HttpResponse.BodyHandlers.discarding());
    }
}
