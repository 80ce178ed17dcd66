package vn.xaso.organization;

import java.util.ArrayList;
import java.util.List;

/**
 * A unit as the collector of fees (tổ chức thu phí, lệ phí), as its e-receipts (biên lai điện tử) must name it
 * (NĐ 123/2020/NĐ-CP art. 32): its tax code (mã số thuế), the form symbol (ký hiệu mẫu biên lai) and the series symbol
 * (ký hiệu biên lai) it registered with the tax authority. Each is null until an administrator enters it; none is
 * guessed.
 */
public record FeeCollector(String unitCode, String taxCode, String receiptForm, String receiptSeries) {

    /** The parts not yet entered ({@code taxCode}, {@code receiptForm}, {@code receiptSeries}): what a receipt lacks. */
    public List<String> missing() {
        List<String> missing = new ArrayList<>();
        if (taxCode == null) {
            missing.add("taxCode");
        }
        if (receiptForm == null) {
            missing.add("receiptForm");
        }
        if (receiptSeries == null) {
            missing.add("receiptSeries");
        }
        return missing;
    }
}
