package vn.xaso.identity;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;
import vn.xaso.organization.OfficialDetails;
import vn.xaso.organization.Organization;
import vn.xaso.organization.Role;
import vn.xaso.organization.UnitDetails;
import vn.xaso.organization.UnitType;

/**
 * On a new production database nobody can log in yet: when {@code XASO_ADMIN_PASSWORD} is set and no
 * account exists, creates the province ({@code XASO_PROVINCE_CODE}, {@code XASO_PROVINCE_NAME}) and its
 * first administrator ({@code XASO_ADMIN_USERNAME}, default {@code admin}). Does nothing afterwards.
 */
@Component
@Order(10)
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final Organization organization;
    private final Accounts accounts;
    private final PasswordEncoder passwords;
    private final String username;
    private final String password;
    private final String provinceCode;
    private final String provinceName;

    FirstAdministrator(Organization organization, Accounts accounts, PasswordEncoder passwords,
            @Value("${XASO_ADMIN_USERNAME:admin}") String username, @Value("${XASO_ADMIN_PASSWORD:}") String password,
            @Value("${XASO_PROVINCE_CODE:}") String provinceCode, @Value("${XASO_PROVINCE_NAME:}") String provinceName) {
        this.organization = organization;
        this.accounts = accounts;
        this.passwords = passwords;
        this.username = username;
        this.password = password;
        this.provinceCode = provinceCode;
        this.provinceName = provinceName;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!StringUtils.hasText(password) || accounts.any()) {
            return;
        }
        if (!StringUtils.hasText(provinceCode) || !StringUtils.hasText(provinceName)) {
            log.warn("XASO_ADMIN_PASSWORD is set but XASO_PROVINCE_CODE or XASO_PROVINCE_NAME is missing; no administrator created");
            return;
        }
        if (organization.unit(provinceCode).isEmpty()) {
            organization.createUnit(new UnitDetails(provinceCode, provinceName, UnitType.PROVINCE, null, null,
                    LocalDate.now(Organization.ZONE), null, null, List.of()));
        }
        organization.register(new OfficialDetails(username, "Quản trị hệ thống", provinceCode, null,
                Set.of(Role.PROVINCE_ADMIN), true));
        accounts.insertOfficial(username, passwords.encode(password));
        log.info("Created the first province administrator '{}' for {}", username, provinceCode);
    }
}
