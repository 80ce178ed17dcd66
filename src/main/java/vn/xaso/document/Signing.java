package vn.xaso.document;

import java.time.Instant;

/** The way of an outgoing document to issue: who drafted it, who signs it and when, who issued it and when. */
public record Signing(String draftedBy, String signer, Instant signedAt, Instant issuedAt, String issuedBy) {

    static final Signing NONE = new Signing(null, null, null, null, null);

    Signing submittedTo(String signer) {
        return new Signing(draftedBy, signer, signedAt, issuedAt, issuedBy);
    }

    Signing signed(Instant at) {
        return new Signing(draftedBy, signer, at, issuedAt, issuedBy);
    }

    Signing issued(Instant at, String by) {
        return new Signing(draftedBy, signer, signedAt, at, by);
    }
}
