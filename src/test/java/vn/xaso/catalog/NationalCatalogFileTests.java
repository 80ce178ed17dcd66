package vn.xaso.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.xaso.catalog.Procedure.Channel;

/** Reading the national catalog's rows (catalog/procedures.csv) as published, doubts and all. */
class NationalCatalogFileTests {

    private static final Map<String, Procedure> SHIPPED = NationalCatalogFile.shipped().stream()
            .collect(Collectors.toMap(Procedure::code, Function.identity()));

    @Test
    void everyRowIsReadUnderItsNationalCode() {
        assertThat(SHIPPED).hasSize(455);
        assertThat(SHIPPED.values()).allMatch(p -> p.code().equals(p.nationalCode()) && !p.name().isBlank()
                && p.sheet().source() != null && !p.channels().isEmpty());
        assertThat(SHIPPED.values()).allMatch(p -> p.components().stream().allMatch(c -> c.name().length() <= 500));
        assertThat(SHIPPED.values()).allMatch(p -> p.components().stream().map(Procedure.Component::name).distinct().count()
                == p.components().size());
    }

    @Test
    void aTimeWithoutItsUnitIsToConfirmAndBlocksReceipt() {
        Procedure birth = SHIPPED.get("1.001193"); // "1 [đơn vị không hiển thị trong nguồn]"
        assertThat(birth.processingTime()).isNull();
        assertThat(birth.receivable()).isFalse();
        assertThat(birth.toConfirm()).anyMatch(t -> t.item().equals(TimeText.UNIT) && t.blocksReceipt()
                && t.sourceText().contains("đơn vị không hiển thị"));
        long blocked = SHIPPED.values().stream().filter(p -> !p.receivable()).count();
        System.out.printf("to confirm before receipt: %d of %d%n", blocked, SHIPPED.size());
        assertThat(blocked).isBetween(100L, 250L); // 48 without a unit, 119 without a time, a few by case
    }

    @Test
    void calendarDaysAndWorkingDaysPerChannel() {
        Procedure p = SHIPPED.get("3.000442"); // Trực tuyến: 30 Ngày | Dịch vụ bưu chính: 30 Ngày | Trực tiếp: 30 Ngày làm việc
        assertThat(p.processingTime().workingDays()).isEqualByComparingTo("30");
        assertThat(p.processingTime(Channel.ONLINE).calendarDays()).isEqualByComparingTo("30");
        assertThat(p.processingTime(Channel.POSTAL).calendarDays()).isEqualByComparingTo("30");
        assertThat(p.receivable()).isTrue();
        assertThat(p.toConfirm()).anyMatch(t -> t.item().equals(TimeText.CHANNELS) && !t.blocksReceipt());
    }

    @Test
    void theNewerReadingWinsAndBothAreShown() {
        Procedure p = SHIPPED.get("1.001266"); // 1 [no unit], then 5 Ngày làm việc
        assertThat(p.processingTime().workingDays()).isEqualByComparingTo(BigDecimal.valueOf(5));
        assertThat(p.toConfirm()).anyMatch(t -> t.item().equals(TimeText.READINGS) && t.sourceText().contains("→"));
    }

    @Test
    void chungThucIsAPhiPerPageWithALowerRateFromPageThreeAndACapPerCopy() {
        Fee fee = SHIPPED.get("2.000815").feeSchedule();
        assertThat(fee.kind()).isEqualTo(Fee.Kind.PHI);
        assertThat(fee.perUnit()).isEqualTo("trang");
        assertThat(fee.amountFor(1)).isEqualTo(2_000);
        assertThat(fee.amountFor(5)).isEqualTo(2 * 2_000 + 3 * 1_000);
        assertThat(fee.amountFor(500)).isEqualTo(200_000);
    }

    @Test
    void aLowerOnlineFeeIsAReductionForOnlineSubmissionAndExemptionsKeepTheirReason() {
        List<Procedure> online = SHIPPED.values().stream()
                .filter(p -> p.feeSchedule().exemptions().stream().anyMatch(e -> e.channel() == Channel.ONLINE)).toList();
        assertThat(online).isNotEmpty();
        assertThat(online).allMatch(p -> p.feeSchedule().exemptions().stream()
                .filter(e -> e.channel() == Channel.ONLINE).allMatch(e -> e.amount() < p.feeSchedule().amount()));
        Procedure death = SHIPPED.get("1.000656");
        assertThat(death.feeSchedule().exemptions()).extracting(Fee.Exemption::reason)
                .contains("Người thuộc hộ nghèo", "Người khuyết tật");
        assertThat(death.toConfirm()).anyMatch(t -> t.item().equals(FeeText.PROVINCIAL));
    }

    @Test
    void componentsKeepTheirCasesAndWhatIsOnlyShown() {
        Procedure business = SHIPPED.get("1.001612");
        assertThat(business.components()).anyMatch(c -> c.name().startsWith("Giấy đề nghị đăng ký hộ kinh doanh") && c.required());
        assertThat(business.components()).filteredOn(c -> c.group() != null && c.group().startsWith("Trường hợp ủy quyền"))
                .isNotEmpty().noneMatch(Procedure.Component::required);
        Procedure birth = SHIPPED.get("1.001193");
        assertThat(birth.components()).anyMatch(Procedure.Component::presentOnly);
        assertThat(birth.components()).filteredOn(Procedure.Component::presentOnly).noneMatch(Procedure.Component::required);
        assertThat(birth.sheet().notes()).isNotEmpty();
    }
}
