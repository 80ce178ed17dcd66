package vn.xaso.integration;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Zalo Notification Service (ZNS) of the province's Official Account:
 * {@code POST {xaso.notification.zalo.url}/message/template {"phone": "84…", "template_id", "template_data",
 * "tracking_id"}} with the token from {@code XASO_ZALO_ACCESS_TOKEN} in {@code access_token}; the answer's
 * {@code error} is 0 when sent. A phone without a Zalo account ({@code -118}) will never get it: the caller falls back
 * to SMS ({@link NotOnZalo}).
 */
@Component
public class ZaloGateway {

    /** The phone has no Zalo account: send by SMS instead. */
    public static final class NotOnZalo extends RuntimeException {
        NotOnZalo(String message) {
            super(message);
        }
    }

    static final int NOT_ON_ZALO = -118;

    private final Environment environment;
    private final IntegrationProperties properties;
    private final JsonMapper json;
    private final HttpClient http;

    ZaloGateway(HttpClient http, Environment environment, IntegrationProperties properties, JsonMapper json) {
        this.environment = environment;
        this.properties = properties;
        this.json = json;
        this.http = http;
    }

    public boolean configured() {
        return url().isPresent();
    }

    private Optional<String> url() {
        return Urls.of(environment, "xaso.notification.zalo.url");
    }

    public void send(String phone, String templateId, Map<String, String> data, String trackingId) {
        String url = url().orElseThrow(() -> new Link.Failure("no Zalo gateway configured"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(url + "/message/template")).timeout(properties.readTimeout())
                .header("Content-Type", "application/json")
                .header("access_token", environment.getProperty("xaso.notification.zalo.access-token", ""))
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(Map.of("phone", international(phone),
                        "template_id", templateId, "template_data", data, "tracking_id", trackingId)), StandardCharsets.UTF_8))
                .build();
        HttpResponse<String> response = Http.exchange(http, request);
        if (response.statusCode() / 100 != 2) {
            throw new Link.Failure("HTTP " + response.statusCode());
        }
        JsonNode answer;
        try {
            answer = json.readTree(response.body());
        } catch (RuntimeException e) {
            throw new Link.Failure("malformed answer", e);
        }
        int error = answer.path("error").asInt(Integer.MIN_VALUE);
        if (error == NOT_ON_ZALO) {
            throw new NotOnZalo(answer.path("message").asString("no Zalo account"));
        }
        if (error != 0) {
            throw new Link.Failure("Zalo error " + error + ": " + answer.path("message").asString(""));
        }
    }

    /** Zalo wants the number with the country code: 0912345678 → 84912345678. */
    static String international(String phone) {
        String digits = phone.replaceAll("[^0-9]", "");
        return digits.startsWith("0") ? "84" + digits.substring(1) : digits;
    }
}
