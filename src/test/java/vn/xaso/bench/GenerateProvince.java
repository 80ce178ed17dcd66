package vn.xaso.bench;

import java.time.Instant;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Fills a database with a realistic province (see {@link ProvinceData}). Run {@code bench/generate.sh [dossiers]
 * [documents] [data directory]}: the embedded PostgreSQL keeps the data in that directory (default
 * {@code target/province}) for the benchmarks or for looking around with {@code mvn spring-boot:run}.
 */
public final class GenerateProvince {

    public static void main(String[] args) throws Exception {
        int dossiers = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int documents = args.length > 1 ? Integer.parseInt(args[1]) : dossiers / 10;
        String directory = args.length > 2 ? args[2] : "target/province";
        try (ConfigurableApplicationContext app = BenchApp.start("xaso.embedded-database.data-directory=" + directory)) {
            ProvinceData.Loaded loaded = new ProvinceData(app, 2026).load(dossiers, documents, Instant.now());
            System.out.printf("loaded %,d dossiers and %,d documents (%,d rows) in %.1f s into %s%n", loaded.dossiers(),
                    loaded.documents(), loaded.rows(), loaded.seconds(), directory);
        }
    }
}
