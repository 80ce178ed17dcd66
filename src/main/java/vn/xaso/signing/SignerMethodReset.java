package vn.xaso.signing;

import java.time.Instant;

/** An administrator reset how a signer confirms their signatures: the signer chooses again, and is told. */
public record SignerMethodReset(String username, String unitCode, String by, String reason, Instant at) {
}
