package vn.xaso.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SupplementPolicyTests {

    @Test
    void requestBeforeReceiptNeitherCountsNorStopsAClock() {
        assertThat(SupplementPolicy.request(DossierStatus.SUBMITTED, 0))
                .isEqualTo(new SupplementPolicy.Decision(false, 0, false));
    }

    @ParameterizedTest
    @EnumSource(value = DossierStatus.class, names = {"RECEIVED", "PROCESSING", "TRANSFERRED"})
    void firstSupplementRequestAfterReceiptStopsTheClockAndCounts(DossierStatus status) {
        assertThat(SupplementPolicy.request(status, 0)).isEqualTo(new SupplementPolicy.Decision(true, 1, false));
    }

    @ParameterizedTest
    @EnumSource(value = DossierStatus.class, names = {"RECEIVED", "PROCESSING", "TRANSFERRED"})
    void secondSupplementRequestMakesDossierLate(DossierStatus status) {
        assertThat(SupplementPolicy.request(status, 1)).isEqualTo(new SupplementPolicy.Decision(true, 2, true));
    }
}
