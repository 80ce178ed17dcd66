package vn.xaso.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * What password guessing costs the real users: officials' API calls per second (closed loop, correct passwords)
 * alone, then while guessing threads send wrong passwords at full speed for real and made-up usernames.
 * Writes bench/results/&lt;date&gt;-brute-force.md.
 */
public final class BruteForceBenchmark {

    private static final String[] OFFICIALS = {"motcua.binhan", "chuyenvien.binhan", "lanhdao.binhan", "vanthu.binhan",
            "motcua.thientruong", "chuyenvien.thientruong", "lanhdao.thientruong", "vanthu.thientruong"};

    public static void main(String[] args) throws Exception {
        int users = args.length > 0 ? Integer.parseInt(args[0]) : 8;
        int guessers = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        String machineIndex = args.length > 3 ? args[3] : "not measured";
        try (ConfigurableApplicationContext app = BenchApp.start()) {
            int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            run(http, port, users, 0, 10); // warm-up: JIT, and each official's password verified once
            Phase alone = run(http, port, users, 0, seconds);
            Phase attacked = run(http, port, users, guessers, seconds);
            double share = attacked.userCallsPerSecond() / alone.userCallsPerSecond();
            String report = """
                    # Password guessing against the real users

                    - date: %s
                    - command: `bench/brute-force.sh %d %d %d`
                    - machine index (median of bench/deadlines.sh): %s
                    - machine: %d cores, %s %s
                    - %d officials call `GET /api/v1/dossiers?limit=20` in a closed loop with HTTP Basic and their right password;
                      %d guessing threads send wrong passwords at full speed, half for real officials, half for made-up usernames.

                    | phase | officials' calls/s | p99 ms | guesses answered/s | guess answers |
                    |---|---|---|---|---|
                    | officials alone | %.0f | %.1f | – | – |
                    | with %d guessers | %.0f | %.1f | %.1f | %s |

                    Officials keep **%.0f %%** of their throughput while guessing runs at full speed (target: loss < 20 %%).
                    """.formatted(LocalDate.now(), users, guessers, seconds, machineIndex, Runtime.getRuntime().availableProcessors(),
                    System.getProperty("java.vm.name"), System.getProperty("java.version"), users, guessers,
                    alone.userCallsPerSecond(), alone.p99(), guessers, attacked.userCallsPerSecond(), attacked.p99(),
                    attacked.guessesPerSecond(), attacked.guessAnswers(), share * 100);
            Path out = Path.of("bench", "results", LocalDate.now() + "-brute-force.md");
            Files.createDirectories(out.getParent());
            Files.writeString(out, report);
            System.out.println(report);
            System.out.println("written to " + out);
        }
    }

    record Phase(double userCallsPerSecond, double p99, double guessesPerSecond, Map<Integer, Long> guessAnswers) {
    }

    private static Phase run(HttpClient http, int port, int users, int guessers, int seconds) throws Exception {
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicLong calls = new AtomicLong();
        AtomicLong guesses = new AtomicLong();
        Map<Integer, Long> answers = new ConcurrentHashMap<>();
        Latencies latencies = new Latencies("officials");
        ExecutorService pool = Executors.newFixedThreadPool(users + guessers);
        for (int i = 0; i < users; i++) {
            String user = OFFICIALS[i % OFFICIALS.length];
            pool.submit(() -> {
                while (running.get()) {
                    long started = System.nanoTime();
                    int status = get(http, port, "/api/v1/dossiers?limit=20", user, "demo");
                    if (status == 200) {
                        latencies.add(System.nanoTime() - started);
                        calls.incrementAndGet();
                    }
                }
                return null;
            });
        }
        for (int i = 0; i < guessers; i++) {
            int guesser = i;
            pool.submit(() -> {
                for (long n = 0; running.get(); n++) {
                    String user = n % 2 == 0 ? OFFICIALS[(int) (n / 2 % OFFICIALS.length)] : "khach" + guesser + "x" + n;
                    int status = get(http, port, "/api/v1/me", user, "doan-" + n);
                    answers.merge(status, 1L, Long::sum);
                    guesses.incrementAndGet();
                }
                return null;
            });
        }
        Thread.sleep(seconds * 1000L);
        running.set(false);
        pool.shutdown();
        pool.awaitTermination(60, TimeUnit.SECONDS);
        return new Phase(calls.get() / (double) seconds, latencies.percentile(0.99), guesses.get() / (double) seconds, new TreeMap<>(answers));
    }

    private static int get(HttpClient http, int port, String path, String user, String password) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
                    .build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            return -1;
        }
    }
}
