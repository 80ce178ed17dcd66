package vn.xaso.document;

import java.time.Instant;
import vn.xaso.organization.Authority;

/** A draft went to a leader to sign, possibly for someone else (TM., KT., Q., TL., TUQ.). */
public record DraftSubmitted(long documentId, String unitCode, String signer, String signerName, Authority authority,
        Instant at) implements DocumentEvent {

    @Override
    public String note() {
        return signerName + (authority == null ? "" : " (" + authority.prefix() + ")");
    }
}
