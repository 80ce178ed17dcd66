package vn.xaso.integration;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** A real payment gateway with no secret of its own would take forged callbacks: xaso does not start so. */
class PaymentSecretTests {

    private static final String DEMO_SECRET = "demo-payment-secret-not-for-production";

    @Test
    void aRealGatewayWithTheDemosSecretOrNoneRefusesToStart() {
        MockEnvironment demoSecret = new MockEnvironment().withProperty("xaso.payment.url", "https://thanhtoan.dichvucong.gov.vn/v1")
                .withProperty("xaso.demo.payment-secret", DEMO_SECRET).withProperty("xaso.payment.secret", DEMO_SECRET)
                .withProperty("xaso.integration.simulator.url", "http://127.0.0.1:8089");
        assertThatThrownBy(() -> PaymentGateway.refuseWeakSecret(demoSecret)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("XASO_PAYMENT_SECRET");

        MockEnvironment noSecret = new MockEnvironment().withProperty("xaso.payment.url", "https://thanhtoan.example.vn");
        assertThatThrownBy(() -> PaymentGateway.refuseWeakSecret(noSecret)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theDemosSimulatorOrARealSecretOrNoGatewayStart() {
        assertThatCode(() -> PaymentGateway.refuseWeakSecret(new MockEnvironment()
                .withProperty("xaso.payment.url", "http://127.0.0.1:8089/payment/v1").withProperty("xaso.payment.secret", DEMO_SECRET)
                .withProperty("xaso.demo.payment-secret", DEMO_SECRET)
                .withProperty("xaso.integration.simulator.url", "http://127.0.0.1:8089"))).doesNotThrowAnyException();
        assertThatCode(() -> PaymentGateway.refuseWeakSecret(new MockEnvironment()
                .withProperty("xaso.payment.url", "https://thanhtoan.example.vn").withProperty("xaso.payment.secret", "a-real-one")
                .withProperty("xaso.demo.payment-secret", DEMO_SECRET))).doesNotThrowAnyException();
        assertThatCode(() -> PaymentGateway.refuseWeakSecret(new MockEnvironment())).doesNotThrowAnyException();
    }
}
