package vn.xaso.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * What the national catalog publishes of a procedure beyond the fields xaso works with: the legal time per channel,
 * the fee schedule, the notes under its components, the levels that carry it out and the competent body, the legal
 * basis and the publishing decision, where the row comes from ({@code source}, {@code sourceDate}), and what an
 * administrator must still confirm before it is trusted ({@code toConfirm}).
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Sheet(List<ChannelTime> times, Fee fee, List<String> notes, String levels, String competentBody,
        String legalBasis, String decision, String source, String sourceDate, List<ToConfirm> toConfirm) {

    public Sheet {
        times = times == null ? List.of() : List.copyOf(times); // stored without its empty lists
        notes = notes == null ? List.of() : List.copyOf(notes);
        toConfirm = toConfirm == null ? List.of() : List.copyOf(toConfirm);
    }

    /** A procedure of xaso's own: one time for every channel and its fixed fee (lệ phí, or free). */
    static Sheet of(long fee) {
        return new Sheet(List.of(), Fee.fixed(fee), List.of(), null, null, null, null, null, null, List.of());
    }

    /** Whether the national catalog shares it with the province or a ministry (the commune often only receives it). */
    public boolean shared() {
        return levels != null && !levels.strip().equalsIgnoreCase("Cấp xã");
    }

    /** The legal time of one channel, where it differs from the counter's. */
    public record ChannelTime(Procedure.Channel channel, Procedure.ProcessingTime time) {
    }

    /**
     * Something the source does not settle, with the source's own words: the time's unit not given, several times
     * for one channel, two readings that differ, a fee text not understood. A blocking one keeps the procedure from
     * being received until an administrator confirms it.
     */
    public record ToConfirm(String item, String sourceText, boolean blocksReceipt) {
    }
}
