package vn.xaso.reporting;

import java.util.Arrays;
import vn.xaso.api.InvalidInput;

/**
 * One figure of Biểu 06, and which of a period's dossiers it counts (with {@code :start}, {@code :end}, {@code :judge});
 * the dossiers withdrawn during the period count only in WITHDRAWN, beside the form.
 */
enum Cell {
    RECEIVED("not " + DossierFacts.WITHDRAWN_IN_PERIOD),
    ONLINE("received_at >= :start and channel = 'ONLINE' and not " + DossierFacts.WITHDRAWN_IN_PERIOD),
    DIRECT("received_at >= :start and channel <> 'ONLINE' and not " + DossierFacts.WITHDRAWN_IN_PERIOD),
    CARRIED_OVER("received_at < :start and not " + DossierFacts.WITHDRAWN_IN_PERIOD),
    RESOLVED("finished_at < :end and outcome <> 'WITHDRAWN'"),
    EARLY("finished_at < :end and outcome = 'EARLY'"),
    ON_TIME("finished_at < :end and outcome = 'ON_TIME'"),
    LATE("finished_at < :end and outcome = 'LATE'"),
    WITHDRAWN("finished_at < :end and outcome = 'WITHDRAWN'"),
    PENDING("(finished_at is null or finished_at >= :end)"),
    WITHIN_TIME("(finished_at is null or finished_at >= :end) and not %s"),
    OVERDUE("(finished_at is null or finished_at >= :end) and %s");

    private final String condition;

    Cell(String condition) {
        this.condition = condition;
    }

    String condition(String overdue) {
        return condition.contains("%s") ? condition.formatted(overdue) : condition;
    }

    static Cell of(String text) {
        return Arrays.stream(values()).filter(c -> c.name().replace("_", "-").equalsIgnoreCase(text == null ? "" : text.strip()))
                .findFirst().orElseThrow(() -> new InvalidInput("cell", "report.cell"));
    }
}
