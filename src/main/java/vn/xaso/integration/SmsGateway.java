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
import tools.jackson.databind.json.JsonMapper;

/**
 * The SMS gateway of the province's telecom contract (brandname SMS), over HTTP:
 * {@code POST {xaso.notification.sms.url}/messages {"to", "text", "trackingId"}} with the key from
 * {@code XASO_SMS_API_KEY} in {@code X-Api-Key}; the gateway sends a tracking id once. Called through the courier's
 * link: a failure is the gateway's ({@link Link.Failure}); a number it refuses will never go ({@link Courier.GiveUp}).
 */
@Component
public class SmsGateway {

    private final Environment environment;
    private final IntegrationProperties properties;
    private final JsonMapper json;
    private final HttpClient http;

    SmsGateway(HttpClient http, Environment environment, IntegrationProperties properties, JsonMapper json) {
        this.environment = environment;
        this.properties = properties;
        this.json = json;
        this.http = http;
    }

    public boolean configured() {
        return url().isPresent();
    }

    private Optional<String> url() {
        return Urls.of(environment, "xaso.notification.sms.url");
    }

    public void send(String to, String text, String trackingId) {
        String url = url().orElseThrow(() -> new Link.Failure("no SMS gateway configured"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(url + "/messages")).timeout(properties.readTimeout())
                .header("Content-Type", "application/json").header("X-Api-Key", environment.getProperty("xaso.notification.sms.api-key", ""))
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(Map.of("to", to, "text", text,
                        "trackingId", trackingId)), StandardCharsets.UTF_8)).build();
        HttpResponse<String> response = Http.exchange(http, request);
        if (response.statusCode() / 100 == 4) {
            throw new Courier.GiveUp("SMS gateway refused: HTTP " + response.statusCode() + " " + response.body());
        }
        if (response.statusCode() / 100 != 2) {
            throw new Link.Failure("HTTP " + response.statusCode());
        }
    }
}
