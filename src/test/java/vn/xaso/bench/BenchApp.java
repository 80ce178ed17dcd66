package vn.xaso.bench;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.xaso.Xaso;

/**
 * xaso as the benchmarks run it: the demo province on a fresh embedded PostgreSQL in a temporary directory (never
 * the developer's {@code ./data}) unless told otherwise, quiet logs. Settings are command-line arguments so that
 * they win over application.properties; {@code key=value} pairs given here replace the defaults.
 */
final class BenchApp {

    private BenchApp() {
    }

    static ConfigurableApplicationContext start(String... overrides) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("xaso.embedded-database.data-directory", "");
        settings.put("server.port", "0");
        settings.put("xaso.integration.simulator.port", "0");
        settings.put("xaso.integration.simulator.mail-port", "0");
        settings.put("logging.level.root", "WARN");
        settings.put("logging.file.name", "target/bench.log");
        settings.put("xaso.signing.directory", "target/bench-signing");
        settings.put("xaso.files.directory", "target/bench-files");
        // the benchmarks' counters look people up as fast as they can: the per-official limit is not what they measure
        settings.put("xaso.dossier.lookups.per-official", "1000000");
        for (String override : overrides) {
            String[] pair = override.split("=", 2);
            settings.put(pair[0], pair.length > 1 ? pair[1] : "");
        }
        String[] args = settings.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
        return new SpringApplicationBuilder(Xaso.class).profiles("demo").run(args);
    }
}
