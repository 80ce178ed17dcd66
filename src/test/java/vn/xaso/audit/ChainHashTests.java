package vn.xaso.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ChainHashTests {

    private static final Instant AT = Instant.parse("2026-11-26T01:02:03.456789Z");

    @Test
    void sameContentSameHash() {
        assertThat(ChainHash.of(ChainHash.GENESIS, AT, "admin", "H40", "unit.created", "unit", "H40.01", null, "{}"))
                .isEqualTo(ChainHash.of(ChainHash.GENESIS, AT, "admin", "H40", "unit.created", "unit", "H40.01", null, "{}"))
                .hasSize(64);
    }

    @Test
    void anyChangedFieldChangesTheHash() {
        String original = ChainHash.of(ChainHash.GENESIS, AT, "admin", "H40", "a", "unit", "1", "x", "y");
        assertThat(ChainHash.of(ChainHash.GENESIS, AT.plusNanos(1000), "admin", "H40", "a", "unit", "1", "x", "y")).isNotEqualTo(original);
        assertThat(ChainHash.of(ChainHash.GENESIS, AT, "admin2", "H40", "a", "unit", "1", "x", "y")).isNotEqualTo(original);
        assertThat(ChainHash.of("1".repeat(64), AT, "admin", "H40", "a", "unit", "1", "x", "y")).isNotEqualTo(original);
        assertThat(ChainHash.of(ChainHash.GENESIS, AT, "admin", "H40", "a", "unit", "1", "x", "y2")).isNotEqualTo(original);
    }

    @Test
    void fieldBoundariesCannotBeShifted() {
        assertThat(ChainHash.of(ChainHash.GENESIS, AT, "ab", "c", "a", null, null, null, null))
                .isNotEqualTo(ChainHash.of(ChainHash.GENESIS, AT, "a", "bc", "a", null, null, null, null));
        assertThat(ChainHash.of(ChainHash.GENESIS, AT, "a", null, "a", null, null, null, null))
                .isNotEqualTo(ChainHash.of(ChainHash.GENESIS, AT, "a", "", "a", null, null, null, null));
    }
}
