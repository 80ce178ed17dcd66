package vn.xaso.simulator;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import tools.jackson.databind.json.JsonMapper;

/**
 * The simulated payment gateway: payments opened by xaso, paid by the citizen on the gateway's page, each then told
 * to xaso's callback once per payment, signed with the shared secret (HMAC-SHA256 of
 * {@code orderId|amount|transactionId|status}, hex).
 */
final class PaymentDesk {

    /** A payment the gateway holds. */
    record Opened(String id, String orderId, long amount, String description, String callbackUrl, String returnUrl) {
    }

    private final Map<String, Opened> payments = new LinkedHashMap<>();
    private final JsonMapper json;
    private final String secret;
    private final HttpClient http = HttpClient.newHttpClient();
    private long next = 1;

    PaymentDesk(JsonMapper json, String secret) {
        this.json = json;
        this.secret = secret;
    }

    synchronized Opened open(String orderId, long amount, String description, String callbackUrl, String returnUrl) {
        Opened opened = new Opened("p" + next++, orderId, amount, description, callbackUrl, returnUrl);
        payments.put(opened.id(), opened);
        return opened;
    }

    synchronized Optional<Opened> find(String id) {
        return Optional.ofNullable(payments.get(id));
    }

    /** The latest payment opened for an order (what the citizen would pay now). */
    synchronized Optional<Opened> latestFor(String orderId) {
        return payments.values().stream().filter(p -> p.orderId().equals(orderId)).reduce((a, b) -> b);
    }

    /** The citizen paid: the gateway tells xaso, signed; returns the HTTP status xaso answered. */
    int pay(Opened payment) throws Exception {
        String transaction = "T-" + payment.id();
        String status = "SUCCESS";
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("orderId", payment.orderId());
        body.put("amount", payment.amount());
        body.put("transactionId", transaction);
        body.put("status", status);
        body.put("signature", sign(payment.orderId() + "|" + payment.amount() + "|" + transaction + "|" + status));
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(payment.callbackUrl()))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body), StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
        return answer.statusCode();
    }

    private String sign(String text) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    }
}
