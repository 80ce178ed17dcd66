package vn.xaso.dossier;

import java.time.Instant;
import vn.xaso.calendar.Timeliness;
import vn.xaso.catalog.Procedure.Channel;

/**
 * How the dossier ended: when processing finished and whether in time (null if it does not count), the signed
 * result paper's number and symbol, and when and how the result was returned.
 */
public record Outcome(Instant finishedAt, Timeliness timeliness, String resultReference, Instant returnedAt,
        Channel returnChannel) {

    static final Outcome NONE = new Outcome(null, null, null, null, null);

    Outcome finished(Instant at, Timeliness timeliness, String resultReference) {
        return new Outcome(at, timeliness, resultReference, returnedAt, returnChannel);
    }

    Outcome returned(Instant at, Channel channel) {
        return new Outcome(finishedAt, timeliness, resultReference, at, channel);
    }
}
