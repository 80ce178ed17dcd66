package vn.xaso.archive;

import java.time.Instant;

/** Both officials signed a hand-over record and the unit sealed it: the administrator who handed over is told. */
public record HandOverSealed(long handOverId, String unitCode, String administrator, String from, String to, Instant at) {
}
