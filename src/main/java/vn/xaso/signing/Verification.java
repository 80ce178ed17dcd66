package vn.xaso.signing;

import java.time.OffsetDateTime;
import java.util.List;

/** What a PDF's signatures say: each signer, when, whether intact, whether it covers the whole file, whether trusted. */
public record Verification(List<Signature> signatures) {

    public boolean allValid() {
        return !signatures.isEmpty() && signatures.stream().allMatch(Signature::valid);
    }

    /**
     * One signature of the document; {@code timeStampedAt} is the time a time-stamp authority vouches for (null
     * when the signature carries only the signer's claimed time).
     */
    public record Signature(String signer, OffsetDateTime signedAt, boolean valid, boolean coversWholeDocument,
            boolean trusted, String indication, OffsetDateTime timeStampedAt) {
    }
}
