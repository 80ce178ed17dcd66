package vn.xaso.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Time to receive one dossier at the counter through the REST API ({@code POST /api/v1/dossiers}), end to
 * end over HTTP on loopback, on a fresh embedded PostgreSQL with the demo data: 200 warm-up receptions,
 * then 1,000 measured, one after another. Not a test: run {@code bench/receive.sh}.
 */
public final class ReceiveBenchmark {

    private static final int WARM_UP = 200;
    private static final int MEASURED = 1000;

    public static void main(String[] args) throws Exception {
        try (ConfigurableApplicationContext app = BenchApp.start()) {
            int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
            HttpClient http = HttpClient.newHttpClient();
            String auth = "Basic " + Base64.getEncoder().encodeToString("motcua.binhan:demo".getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < WARM_UP; i++) {
                receive(http, port, auth, i);
            }
            long[] nanos = new long[MEASURED];
            long start = System.nanoTime();
            for (int i = 0; i < MEASURED; i++) {
                long t = System.nanoTime();
                receive(http, port, auth, WARM_UP + i);
                nanos[i] = System.nanoTime() - t;
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            Arrays.sort(nanos);
            System.out.printf("receive dossier (POST /api/v1/dossiers, counter, HKD-01), %d sequential after %d warm-up:%n",
                    MEASURED, WARM_UP);
            System.out.printf("  p50 %.1f ms   p95 %.1f ms   p99 %.1f ms   max %.1f ms   (%.0f receptions/s)%n",
                    ms(nanos, 0.50), ms(nanos, 0.95), ms(nanos, 0.99), nanos[MEASURED - 1] / 1e6, MEASURED / seconds);
            System.out.printf("  machine: %d cores, %s %s%n", Runtime.getRuntime().availableProcessors(),
                    System.getProperty("java.vm.name"), System.getProperty("java.version"));
        }
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted[(int) Math.min(sorted.length - 1, Math.round(quantile * sorted.length) - 1)] / 1e6;
    }

    private static void receive(HttpClient http, int port, String auth, int n) throws Exception {
        String body = """
                {"procedureCode": "HKD-01", "unitCode": "H40.01", "channel": "COUNTER",
                 "applicant": {"fullName": "Người dân %d", "idNumber": "%012d", "phone": "0912345678"}}""".formatted(n, 37_000_000_000L + n);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/dossiers"))
                .header("Authorization", auth).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IllegalStateException("Reception failed: " + response.statusCode() + " " + response.body());
        }
    }
}
