package vn.xaso.organization;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DemoOrganizationTests {

    @Test
    void accountNamesDropDiacriticsAndSpaces() {
        assertThat(DemoOrganization.accountSuffix("Tây Hoa Lư")).isEqualTo("tayhoalu");
        assertThat(DemoOrganization.accountSuffix("Bình An")).isEqualTo("binhan");
        assertThat(DemoOrganization.accountSuffix("Đại Hoàng")).isEqualTo("daihoang");
        assertThat(DemoOrganization.accountSuffix("Thiên Trường")).isEqualTo("thientruong");
    }

    @Test
    void unitCodesHaveAtLeastTwoDigits() {
        assertThat(DemoOrganization.unitCode(0)).isEqualTo("H40.01");
        assertThat(DemoOrganization.unitCode(8)).isEqualTo("H40.09");
        assertThat(DemoOrganization.unitCode(128)).isEqualTo("H40.129");
    }
}
