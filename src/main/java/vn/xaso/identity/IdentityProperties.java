package vn.xaso.identity;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Login policy: how many wrong passwords in a row lock an account, and for how long. */
@ConfigurationProperties("xaso.identity")
record IdentityProperties(int maxFailedLogins, Duration lockout) {

    IdentityProperties {
        maxFailedLogins = maxFailedLogins <= 0 ? 5 : maxFailedLogins;
        lockout = lockout == null ? Duration.ofMinutes(15) : lockout;
    }
}
