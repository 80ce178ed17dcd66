package vn.xaso.identity;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Login policy (see {@link LoginThrottle}): failures free per address, per account at one address and per account
 * anywhere before delays start; the longest delay for an address and for an account; the time every refusal takes.
 */
@ConfigurationProperties("xaso.identity")
record IdentityProperties(int freeFailuresPerAddress, int freeFailuresPerAccount, int freeFailuresPerAccountEverywhere,
        Duration maxDelay, Duration maxAccountDelay, Duration failureAnswerTime) {

    IdentityProperties {
        freeFailuresPerAddress = freeFailuresPerAddress <= 0 ? 10 : freeFailuresPerAddress;
        freeFailuresPerAccount = freeFailuresPerAccount <= 0 ? 3 : freeFailuresPerAccount;
        freeFailuresPerAccountEverywhere = freeFailuresPerAccountEverywhere <= 0 ? 20 : freeFailuresPerAccountEverywhere;
        maxDelay = maxDelay == null ? Duration.ofMinutes(15) : maxDelay;
        maxAccountDelay = maxAccountDelay == null ? Duration.ofMinutes(1) : maxAccountDelay;
        failureAnswerTime = failureAnswerTime == null ? Duration.ofMillis(400) : failureAnswerTime;
    }
}
