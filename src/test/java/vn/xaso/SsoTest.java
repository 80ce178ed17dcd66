package vn.xaso;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.context.TestPropertySource;

/**
 * The integration-test shape with single sign-on: {@link XasoTest} plus a real Keycloak ({@link KeycloakServer})
 * as the officials' provider (realm {@code ninhbinh}) and the citizens' VNeID (realm {@code vneid}); a web session
 * asks the provider again every second. Every class using it shares one Spring context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(KeycloakServer.class)
@XasoTest
@TestPropertySource(properties = {
        "xaso.sso.issuer-uri=${xaso.test.keycloak}/realms/ninhbinh",
        "xaso.sso.client-secret=xaso-test-secret",
        "xaso.sso.recheck-every=PT1S",
        "xaso.vneid.issuer-uri=${xaso.test.keycloak}/realms/vneid",
        "xaso.vneid.client-secret=vneid-test-secret"})
public @interface SsoTest {
}
