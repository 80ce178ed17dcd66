package vn.xaso.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The 50-client load of the benchmarks: 50 clients, each in its own commune, each taking dossiers through the counter,
 * the leader, the specialist, the leader and the counter over HTTP, pausing between requests so that the offered load
 * is fixed (≈ 50 requests/s, the clients' starts spread over the first second).
 */
final class FiftyClientLoad {

    static final int CLIENTS = 50;
    static final List<String> STEPS = List.of("receive (POST /api/v1/dossiers)", "assign", "propose (drafts the result PDF)",
            "approve (2 PAdES signatures)", "return-result");
    private static final long PAUSE_MILLIS = 1000;

    /** One run: the latencies of each step, in the order of {@link #STEPS}, and the rate measured. */
    record Run(List<Latencies> steps, int perClient, double requestsPerSecond, double seconds) {

        String describe() {
            return String.format(Locale.ROOT, "%d concurrent clients, each in its own commune, each taking %d dossiers through "
                    + "the five steps over the REST API with %d ms between its requests: offered load ≈ %.0f requests/s, "
                    + "measured %.0f requests/s over %.0f s", CLIENTS, perClient, PAUSE_MILLIS, CLIENTS * 1000.0 / PAUSE_MILLIS,
                    requestsPerSecond, seconds);
        }
    }

    private final int port;
    private final List<String[]> units;
    private int runs;

    FiftyClientLoad(JdbcTemplate jdbc, int port) {
        this.port = port;
        this.units = jdbc.query("""
                select u.code, max(o.username) filter (where r.role = 'COUNTER'), max(o.username) filter (where r.role = 'LEADER'),
                       max(o.username) filter (where r.role = 'SPECIALIST')
                from unit u join official o on o.unit_code = u.code join official_role r on r.username = o.username
                where u.type in ('COMMUNE', 'WARD') and u.valid_to is null group by u.code order by u.code limit ?""",
                (rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)}, CLIENTS);
    }

    /** Each client takes {@code warmUp} dossiers unmeasured, then {@code perClient} measured. */
    Run run(int perClient, int warmUp) throws Exception {
        int run = runs++;
        List<Latencies> latencies = new ArrayList<>();
        List<Latencies> warming = new ArrayList<>();
        for (String step : STEPS) {
            latencies.add(new Latencies(step));
            warming.add(new Latencies(step));
        }
        ExecutorService io = Executors.newFixedThreadPool(CLIENTS);
        HttpClient http = HttpClient.newBuilder().executor(io).build();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        List<Future<?>> futures = new ArrayList<>();
        long start = System.nanoTime();
        for (int c = 0; c < CLIENTS; c++) {
            String[] u = units.get(c);
            int client = c;
            futures.add(clients.submit(() -> {
                Thread.sleep(client * PAUSE_MILLIS / CLIENTS);
                for (int k = -warmUp; k < perClient; k++) {
                    List<Latencies> record = k < 0 ? warming : latencies;
                    String body = """
                            {"procedureCode": "HKD-01", "unitCode": "%s", "channel": "COUNTER",
                             "applicant": {"fullName": "Người tải %d-%d", "idNumber": "%012d", "phone": "0912345678"}}"""
                            .formatted(u[0], client, k, 39_000_000_000L + run * 10_000_000L + client * 10_000L + k + warmUp);
                    String code = timed(record.get(0), () -> post(http, "/api/v1/dossiers", u[1], body, 201), "\"code\":\"([^\"]+)\"");
                    Thread.sleep(PAUSE_MILLIS);
                    if (code == null) {
                        continue;
                    }
                    String[][] actions = {{"assign", u[2], "{\"assignee\": \"" + u[3] + "\"}"},
                            {"propose", u[3], "{\"summary\": \"Đủ điều kiện\"}"}, {"approve", u[2], "{}"},
                            {"return-result", u[1], "{\"channel\": \"COUNTER\"}"}};
                    for (int a = 0; a < actions.length; a++) {
                        String[] action = actions[a];
                        if (action[0].equals("return-result")) {
                            // the result is handed over only once the fee is collected (HKD-01: 100,000 đồng); not timed
                            post(http, "/api/v1/dossiers/" + code + "/actions/record-payment", u[1],
                                    "{\"method\": \"CASH\", \"amount\": 100000}", 200);
                        }
                        if (timed(record.get(a + 1), () -> post(http, "/api/v1/dossiers/" + code + "/actions/" + action[0],
                                action[1], action[2], 200), null) == null) {
                            break;
                        }
                        Thread.sleep(PAUSE_MILLIS);
                    }
                }
                return null;
            }));
        }
        for (Future<?> future : futures) {
            future.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        clients.shutdown();
        io.shutdown();
        int requests = latencies.stream().mapToInt(l -> l.count() + l.errors()).sum()
                + warming.stream().mapToInt(l -> l.count() + l.errors()).sum();
        return new Run(latencies, perClient, requests / seconds, seconds);
    }

    interface Call {
        String run() throws Exception;
    }

    private static String timed(Latencies latencies, Call call, String capture) {
        long t = System.nanoTime();
        try {
            String body = call.run();
            latencies.add(System.nanoTime() - t);
            if (capture == null) {
                return body;
            }
            Matcher m = Pattern.compile(capture).matcher(body);
            return m.find() ? m.group(1) : null;
        } catch (Exception e) {
            latencies.error();
            return null;
        }
    }

    private String post(HttpClient http, String path, String user, String json, int expected) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(path + " → " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }
}
