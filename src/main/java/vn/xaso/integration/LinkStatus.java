package vn.xaso.integration;

import java.time.Instant;

/**
 * A link as administrators and monitors see it: state, the breaker's own state ({@code CLOSED}, {@code OPEN},
 * {@code HALF_OPEN}), what waits to go over it, the last success and the last error, calls and errors in the last hour,
 * and where what went over it can be read, if anywhere ({@code viewUrl}: the demo's mail sink).
 */
public record LinkStatus(String name, Link.State state, String circuit, long pending, Instant lastSuccessAt,
        String lastError, Instant lastErrorAt, int callsLastHour, int errorsLastHour, String viewUrl) {

    /** The last error in words for people ({@code links.error.*}), its technical text being {@link #lastError}. */
    public LinkError lastErrorKind() {
        return LinkError.of(lastError);
    }
}
