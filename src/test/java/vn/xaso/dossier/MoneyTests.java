package vn.xaso.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Amounts in figures and in words as receipts print them. */
class MoneyTests {

    @Test
    void amountsInWords() {
        assertThat(Money.words(100_000)).isEqualTo("Một trăm nghìn đồng");
        assertThat(Money.words(2_000)).isEqualTo("Hai nghìn đồng");
        assertThat(Money.words(1_250_000)).isEqualTo("Một triệu hai trăm năm mươi nghìn đồng");
        assertThat(Money.words(15_000)).isEqualTo("Mười lăm nghìn đồng");
        assertThat(Money.words(21_000)).isEqualTo("Hai mươi mốt nghìn đồng");
        assertThat(Money.words(1_005)).isEqualTo("Một nghìn không trăm linh năm đồng");
        assertThat(Money.words(1_000_020)).isEqualTo("Một triệu không trăm hai mươi đồng");
        assertThat(Money.words(50_500)).isEqualTo("Năm mươi nghìn năm trăm đồng");
        assertThat(Money.words(34_000)).isEqualTo("Ba mươi tư nghìn đồng");
        assertThat(Money.words(2_000_000_000L)).isEqualTo("Hai tỷ đồng");
    }

    @Test
    void amountsInFigures() {
        assertThat(Money.figures(100_000)).isEqualTo("100.000");
        assertThat(Money.figures(1_250_000)).isEqualTo("1.250.000");
        assertThat(Money.figures(500)).isEqualTo("500");
    }
}
