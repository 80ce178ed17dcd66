package vn.xaso.catalog;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A procedure version's fee schedule: {@code PHI} (a charge for a service) or {@code LE_PHI} (a charge for a state
 * act), or {@code FREE}; a fixed {@code amount}, or an amount per {@code perUnit} (trang, bản…) which from the
 * {@code reducedFrom}-th unit on is {@code reducedAmount}, with at most {@code cap} per copy; and the exemptions and
 * reductions the law grants, each with its reason (Luật Phí và lệ phí 2015; TT 226/2016/TT-BTC for chứng thực).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Fee(Kind kind, @Min(0) @Max(MAX_AMOUNT) Long amount, @Size(max = 50) String perUnit,
        @Min(2) @Max(1000) Integer reducedFrom, @Min(0) @Max(MAX_AMOUNT) Long reducedAmount, @Min(0) @Max(MAX_AMOUNT) Long cap,
        @Size(max = 20) List<@NotNull @Valid Exemption> exemptions) {

    /** Far beyond any fee a commune collects: keeps the arithmetic exact. */
    public static final long MAX_AMOUNT = 1_000_000_000L;

    public enum Kind { PHI, LE_PHI, FREE }

    @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
    public Fee {
        exemptions = exemptions == null ? List.of() : List.copyOf(exemptions);
    }

    public static final Fee FREE = new Fee(Kind.FREE, null, null, null, null, null, List.of());

    /** A fixed lệ phí, or free when 0 (xaso's own procedures; a plain number where a fee schedule is expected). */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static Fee fixed(long amount) {
        return amount == 0 ? FREE : new Fee(Kind.LE_PHI, amount, null, null, null, null, List.of());
    }

    /** The amount for {@code units} units (pages, copies…) of one copy; a fixed fee whatever the count. */
    public long amountFor(int units) {
        if (kind == Kind.FREE || amount == null) {
            return 0;
        }
        if (perUnit == null) {
            return amount;
        }
        long total = 0;
        for (int unit = 1; unit <= units; unit++) {
            total += reducedFrom != null && unit >= reducedFrom ? reducedAmount : amount;
        }
        return cap == null ? total : Math.min(total, cap);
    }

    /**
     * An exemption (amount 0) or reduction granted for a reason (người có công, hộ nghèo, nộp trực tuyến…), for one
     * channel only when {@code channel} is set (the lower fee for an online submission).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Exemption(@NotBlank @Size(max = 500) String reason, @Min(0) @Max(MAX_AMOUNT) long amount, Procedure.Channel channel) {
    }
}
