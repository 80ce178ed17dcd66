package vn.xaso.integration;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The payment gateway citizens pay fees through (the national portal's payment platform, or a bank's), at
 * {@code xaso.payment.url} through the {@code payment} link: {@code POST /payments {orderId, amount, description,
 * callbackUrl, returnUrl}} answers {@code {id, payUrl}}, where the citizen pays; the gateway then calls
 * {@code callbackUrl} with {@code {orderId, amount, transactionId, status, signature}}, signed with the shared secret
 * ({@code XASO_PAYMENT_SECRET}): HMAC-SHA256 of {@code orderId|amount|transactionId|status}, in hex. xaso refuses to
 * start with a real gateway and no secret of its own (none, or the demo's, which anyone can read): forged callbacks
 * would mark fees paid.
 */
@Component
public class PaymentGateway implements SmartInitializingSingleton {

    static final String LINK = "payment";

    /** What the gateway says about a payment. */
    public record Callback(String orderId, long amount, String transactionId, String status, String signature) {

        String signed() {
            return orderId + "|" + amount + "|" + transactionId + "|" + status;
        }
    }

    private final Environment environment;
    private final IntegrationProperties properties;
    private final JsonMapper json;
    private final Link link;
    private final HttpClient http;

    PaymentGateway(HttpClient http, Environment environment, IntegrationProperties properties, JsonMapper json, Links links) {
        this.environment = environment;
        this.properties = properties;
        this.json = json;
        this.link = links.add(new Link(LINK, properties.settings(), Clock.systemUTC()).configuredWhen(this::configured));
        this.http = http;
    }

    /** Once every bean is there (the demo's simulator has its address): a real gateway needs a real secret. */
    @Override
    public void afterSingletonsInstantiated() {
        refuseWeakSecret(environment);
    }

    /** Throws when a gateway other than the demo's simulator is set with no secret, or with the demo's own. */
    static void refuseWeakSecret(Environment environment) {
        Optional<String> url = Urls.of(environment, "xaso.payment.url");
        String simulator = environment.getProperty("xaso.integration.simulator.url", "");
        if (url.isEmpty() || !simulator.isBlank() && url.get().startsWith(simulator)) {
            return;
        }
        String secret = environment.getProperty("xaso.payment.secret", "");
        String demoSecret = environment.getProperty("xaso.demo.payment-secret", "");
        if (secret.isBlank() || !demoSecret.isBlank() && secret.equals(demoSecret)) {
            throw new IllegalStateException("The payment gateway " + url.get() + " is set (XASO_PAYMENT_URL) without a secret of "
                    + "its own: set XASO_PAYMENT_SECRET to the secret the gateway signs its callbacks with. Without it, anyone "
                    + "could forge a callback and mark a fee paid; xaso does not start.");
        }
    }

    public boolean configured() {
        return Urls.of(environment, "xaso.payment.url").isPresent() && !secret().isEmpty();
    }

    /** Opens a payment of {@code amount} for {@code orderId} (the dossier code); returns where the citizen pays. */
    public URI open(String orderId, long amount, String description, String returnUrl) {
        String url = Urls.of(environment, "xaso.payment.url").orElseThrow(() -> new Link.Failure("no payment gateway configured"));
        String callback = environment.getProperty("xaso.public-url", "http://localhost:8080") + "/api/v1/public/payments/callback";
        return link.call(() -> {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url + "/payments")).timeout(properties.readTimeout())
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(Map.of("orderId", orderId,
                            "amount", amount, "description", description, "callbackUrl", callback, "returnUrl", returnUrl)),
                            StandardCharsets.UTF_8)).build();
            HttpResponse<String> response = Http.exchange(http, request);
            if (response.statusCode() / 100 != 2) {
                throw new Link.Failure("HTTP " + response.statusCode());
            }
            try {
                JsonNode answer = json.readTree(response.body());
                return URI.create(answer.get("payUrl").asString());
            } catch (RuntimeException e) {
                throw new Link.Failure("malformed answer", e);
            }
        });
    }

    /** Whether the callback carries the gateway's signature (compared in constant time). */
    public boolean signedByTheGateway(Callback callback) {
        Optional<String> expected = sign(callback.signed());
        return expected.isPresent() && callback.signature() != null && MessageDigest.isEqual(
                expected.get().getBytes(StandardCharsets.US_ASCII), callback.signature().toLowerCase(java.util.Locale.ROOT)
                        .getBytes(StandardCharsets.US_ASCII));
    }

    private Optional<String> sign(String text) {
        String secret = secret();
        if (secret.isEmpty()) {
            return Optional.empty();
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return Optional.of(HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8))));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private String secret() {
        return environment.getProperty("xaso.payment.secret", "");
    }
}
