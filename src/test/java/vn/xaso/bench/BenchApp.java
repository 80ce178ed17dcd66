package vn.xaso.bench;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.xaso.Xaso;

/**
 * xaso as the benchmarks run it: the demo province on a fresh embedded PostgreSQL in a temporary directory (never
 * the developer's {@code ./data}), quiet logs. Settings are command-line arguments so that they win over
 * application.properties.
 */
final class BenchApp {

    private BenchApp() {
    }

    static ConfigurableApplicationContext start(String... extra) {
        List<String> args = new ArrayList<>(List.of("--xaso.embedded-database.data-directory=", "--server.port=0",
                "--logging.level.root=WARN", "--logging.file.name=target/bench.log", "--xaso.signing.directory=target/bench-signing",
                "--xaso.files.directory=target/bench-files"));
        args.addAll(List.of(extra));
        return new SpringApplicationBuilder(Xaso.class).profiles("demo").run(args.toArray(String[]::new));
    }
}
