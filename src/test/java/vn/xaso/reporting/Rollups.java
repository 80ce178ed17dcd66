package vn.xaso.reporting;

import java.time.Duration;
import org.springframework.modulith.events.core.EventPublicationRegistry;

/**
 * The rollups follow the dossiers' events asynchronously, after each commit: tests wait, as a report reader would for
 * a moment, until no event is still on its way to them.
 */
final class Rollups {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private Rollups() {
    }

    static void settle(EventPublicationRegistry registry) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (registry.findIncompletePublications().stream()
                .anyMatch(p -> p.getTargetIdentifier().toString().contains(RollupMaintenance.class.getName()))) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("rollup events still pending after " + PATIENCE);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
