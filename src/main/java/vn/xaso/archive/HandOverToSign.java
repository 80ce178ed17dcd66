package vn.xaso.archive;

import java.time.Instant;

/** A hand-over record waits for {@code username}'s signature (as the one handing over, or the one taking over). */
public record HandOverToSign(long handOverId, String unitCode, String username, boolean giver, Instant at) {
}
