package vn.xaso.integration;

import jakarta.annotation.PreDestroy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.core.env.Environment;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import vn.xaso.dossier.DossierDesk;

/**
 * Delivers the outbox to the national portal ({@code POST {xaso.integration.dvcqg.url}/dossiers}) every two seconds,
 * in order per dossier, through the {@code dvcqg} link (see {@link Courier}). The portal recognises a message sent
 * twice by its id (MaThongDiep) and keeps it once.
 */
@Component
class PortalSender {

    static final String LINK = "dvcqg";

    private final DossierDesk desk;
    private final Environment environment;
    private final IntegrationProperties properties;
    private final JsonMapper json;
    private final Link link;
    private final HttpClient http;
    private final Courier<PortalMessages.Message> courier;

    PortalSender(HttpClient http, PortalMessages messages, DossierDesk desk, Environment environment,
            IntegrationProperties properties, JsonMapper json, Links links) {
        this.desk = desk;
        this.environment = environment;
        this.properties = properties;
        this.json = json;
        Outbox outbox = messages.outbox();
        this.link = links.addForOutbox(LINK, outbox)
                .configuredWhen(() -> Urls.of(environment, "xaso.integration.dvcqg.url").isPresent());
        this.http = http;
        this.courier = new Courier<>(outbox, PortalMessages.Message::row, link, properties.concurrentCalls());
    }

    Link link() {
        return link;
    }

    /** Sends what is due until nothing is, or for at most 20 s; returns how many messages the portal took. */
    @Scheduled(initialDelayString = "${xaso.integration.dvcqg.send-every:PT2S}", fixedDelayString = "${xaso.integration.dvcqg.send-every:PT2S}")
    @SchedulerLock(name = "integration.portal-sender", lockAtMostFor = "PT2M")
    public int deliver() {
        Optional<String> url = Urls.of(environment, "xaso.integration.dvcqg.url");
        // the portal has the dossier from its first message on (Decision 766 indicator 1.4)
        return url.map(u -> courier.deliver(message -> post(u, message),
                message -> desk.portalSynchronised(message.dossierCode(), Instant.now()))).orElse(0);
    }

    private void post(String url, PortalMessages.Message message) {
        ObjectNode body = (ObjectNode) json.readTree(message.body());
        body.put("MaThongDiep", message.id());
        HttpRequest request = HttpRequest.newBuilder(URI.create(url + "/dossiers")).timeout(properties.readTimeout())
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body), StandardCharsets.UTF_8)).build();
        HttpResponse<String> response = Http.exchange(http, request);
        if (response.statusCode() / 100 != 2) {
            throw new Link.Failure("HTTP " + response.statusCode());
        }
    }

    @PreDestroy
    void stop() {
        courier.close();
    }
}
