package vn.xaso.dossier;

import java.time.Instant;

/** The specialist proposed a result (or a refusal) to the leader. */
public record ResultProposed(String code, String unitCode, String summary, boolean refusal, String resultFileId,
        Instant at) implements DossierEvent {

    @Override
    public String note() {
        return (refusal ? "Đề xuất từ chối: " : "") + summary;
    }
}
