package vn.xaso.dossier;

import vn.xaso.signing.Signatures;
import vn.xaso.signing.SigningConsent;

/**
 * How the approving leader's signature on the result comes: confirmed for this one dossier (their PIN or the remote
 * service's OTP, {@code confirmation}), under a batch's consent, or already made — a batch at a remote signing
 * service signs every paper first, in one call, and each approval then numbers and seals its own.
 */
record LeaderSigning(String confirmation, SigningConsent consent, Signatures.SignedPaper signedPaper, String resultFileId) {

    static LeaderSigning confirmedBy(String confirmation) {
        return new LeaderSigning(confirmation, null, null, null);
    }

    static LeaderSigning under(SigningConsent consent) {
        return new LeaderSigning(null, consent, null, null);
    }

    static LeaderSigning done(Signatures.SignedPaper signedPaper, String resultFileId) {
        return new LeaderSigning(null, null, signedPaper, resultFileId);
    }
}
