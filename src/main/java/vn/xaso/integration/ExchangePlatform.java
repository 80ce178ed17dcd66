package vn.xaso.integration;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The document exchange platform (LGSP, the national document exchange NDXP) as a mailbox service at
 * {@code xaso.integration.exchange.url}, through the {@code exchange} link:
 * <ul>
 * <li>{@code POST /messages} an EDXML message, its sender's id in {@code X-Message-Id} (a message sent twice is kept
 * once); the platform passes it to each organ of its {@code To};</li>
 * <li>{@code GET /messages?to=H40} the messages waiting for the organ or the organs under it:
 * {@code [{id, from, to}]};</li>
 * <li>{@code GET /messages/{id}} one message's EDXML; {@code DELETE /messages/{id}} takes it out of the mailbox once
 * it is safely kept.</li>
 * </ul>
 */
@Component
class ExchangePlatform {

    static final String LINK = "exchange";

    /** A message waiting in the mailbox, delivered to {@code to}. */
    record Waiting(String id, String from, String to) {
    }

    private final Environment environment;
    private final IntegrationProperties properties;
    private final JsonMapper json;
    private final Link link;
    private final HttpClient http;

    ExchangePlatform(HttpClient http, Environment environment, IntegrationProperties properties, JsonMapper json,
            Links links, ExchangeMessages messages) {
        this.environment = environment;
        this.properties = properties;
        this.json = json;
        this.link = links.addForOutbox(LINK, messages.outbox()).configuredWhen(() -> url().isPresent());
        this.http = http;
    }

    Link link() {
        return link;
    }

    Optional<String> url() {
        return Urls.of(environment, "xaso.integration.exchange.url");
    }

    /** The organ (and those under it) whose mailbox xaso empties: the province, {@code H40}. */
    Optional<String> organ() {
        return Urls.of(environment, "xaso.integration.exchange.organ");
    }

    /** Sends a message (not through the link: the caller's courier does that). */
    void send(String url, String messageId, String edxml) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url + "/messages")).timeout(properties.readTimeout())
                .header("Content-Type", "application/xml; charset=utf-8").header("X-Message-Id", messageId)
                .POST(HttpRequest.BodyPublishers.ofString(edxml, StandardCharsets.UTF_8)).build();
        expect2xx(Http.exchange(http, request));
    }

    List<Waiting> waiting(String url, String organ) {
        return link.call(() -> {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url + "/messages?to=" + URLEncoder.encode(organ, StandardCharsets.UTF_8)))
                    .timeout(properties.readTimeout()).header("Accept", "application/json").GET().build();
            HttpResponse<String> response = expect2xx(Http.exchange(http, request));
            List<Waiting> waiting = new ArrayList<>();
            try {
                for (JsonNode m : json.readTree(response.body())) {
                    waiting.add(new Waiting(m.get("id").asString(), m.path("from").asString(""), m.get("to").asString()));
                }
            } catch (RuntimeException e) {
                throw new Link.Failure("malformed answer", e);
            }
            return waiting;
        });
    }

    byte[] fetch(String url, String id) {
        return link.call(() -> {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url + "/messages/" + URLEncoder.encode(id, StandardCharsets.UTF_8)))
                    .timeout(properties.readTimeout()).GET().build();
            return expect2xx(Http.exchange(http, request)).body().getBytes(StandardCharsets.UTF_8);
        });
    }

    void acknowledge(String url, String id) {
        link.call(() -> {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url + "/messages/" + URLEncoder.encode(id, StandardCharsets.UTF_8)))
                    .timeout(properties.readTimeout()).DELETE().build();
            return expect2xx(Http.exchange(http, request));
        });
    }

    private static HttpResponse<String> expect2xx(HttpResponse<String> response) {
        if (response.statusCode() / 100 != 2) {
            throw new Link.Failure("HTTP " + response.statusCode());
        }
        return response;
    }
}
