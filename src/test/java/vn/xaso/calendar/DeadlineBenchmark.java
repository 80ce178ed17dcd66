package vn.xaso.calendar;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.Random;

/**
 * How many due instants one core computes per second, years cached, after warm-up. Not a test: run
 * {@code mvn -q test-compile && java -cp target/classes:target/test-classes vn.xaso.calendar.DeadlineBenchmark}.
 * The mix: receipts spread over 2025–2027 at any minute of day or night, durations of 1–10 working days,
 * 1–16 working hours, or same day.
 */
public final class DeadlineBenchmark {

    private static final int BATCH = 1_000_000;
    private static final int ROUNDS = 7;

    public static void main(String[] args) {
        WorkingCalendar calendar = TestCalendars.statutory();
        Random random = new Random(42);
        Instant[] starts = new Instant[4096];
        WorkingDuration[] durations = new WorkingDuration[4096];
        long first = TestCalendars.at("2025-01-01T00:00").getEpochSecond();
        for (int i = 0; i < starts.length; i++) {
            starts[i] = Instant.ofEpochSecond(first + random.nextInt(3 * 365 * 24 * 60) * 60L);
            int kind = random.nextInt(10);
            durations[i] = kind < 6 ? WorkingDuration.workingDays(1 + random.nextInt(10))
                    : kind < 9 ? WorkingDuration.workingHours(BigDecimal.valueOf(1 + random.nextInt(16)))
                    : WorkingDuration.sameDayProcedure();
        }
        long sink = 0;
        for (int warmUp = 0; warmUp < 3; warmUp++) {
            sink += run(calendar, starts, durations);
        }
        double[] perSecond = new double[ROUNDS];
        for (int round = 0; round < ROUNDS; round++) {
            long begin = System.nanoTime();
            sink += run(calendar, starts, durations);
            double seconds = (System.nanoTime() - begin) / 1e9;
            perSecond[round] = BATCH / seconds;
            System.out.printf("round %d: %,d due computations in %.3f s = %,.0f per second%n", round + 1, BATCH, seconds, perSecond[round]);
        }
        Arrays.sort(perSecond);
        System.out.printf("median: %,.0f due computations per second on one thread (min %,.0f, max %,.0f); checksum %d%n",
                perSecond[ROUNDS / 2], perSecond[0], perSecond[ROUNDS - 1], sink % 1000);
        System.out.printf("machine: %d cores, %s %s%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.vm.name"), System.getProperty("java.version"));
    }

    private static long run(WorkingCalendar calendar, Instant[] starts, WorkingDuration[] durations) {
        long sink = 0;
        for (int i = 0; i < BATCH; i++) {
            int j = i & 4095;
            sink += calendar.due(starts[j], durations[j]).getEpochSecond();
        }
        return sink;
    }
}
