package vn.xaso.integration;

import jakarta.annotation.PreDestroy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.springframework.core.env.Environment;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Delivers the outbox to the national portal ({@code POST {xaso.integration.dvcqg.url}/dossiers}): every two seconds
 * it takes the messages due, the first waiting of each dossier only (so a dossier's messages arrive in order), and
 * sends them a few dossiers at a time through the {@code dvcqg} link. A failed message is tried again after a growing
 * pause (2 s, 4 s … up to 5 min) and holds back the later messages of its dossier, never those of others. When the
 * breaker lets a call through again, the oldest waiting message tries at once, whatever its pause; if the portal
 * answers, every waiting message is due at once. The portal recognises a
 * message sent twice by its id (MaThongDiep) and keeps it once.
 */
@Component
class PortalSender {

    static final String LINK = "dvcqg";
    private static final int BATCH = 64;
    private static final Duration LEASE = Duration.ofSeconds(60);
    private static final Duration MAX_PAUSE = Duration.ofMinutes(5);
    private static final Duration RUN_FOR = Duration.ofSeconds(20);

    private final PortalMessages messages;
    private final Environment environment;
    private final IntegrationProperties properties;
    private final JsonMapper json;
    private final Link link;
    private final HttpClient http;
    private final ExecutorService senders;

    PortalSender(PortalMessages messages, Environment environment, IntegrationProperties properties, JsonMapper json,
            Links links) {
        this.messages = messages;
        this.environment = environment;
        this.properties = properties;
        this.json = json;
        // when the portal answers again, what waited behind the pauses goes at once
        this.link = links.add(new Link(LINK, properties.settings(), Clock.systemUTC()).pending(messages::waiting)
                .onRecovery(messages::allDueNow));
        this.http = HttpClient.newBuilder().connectTimeout(properties.connectTimeout()).build();
        this.senders = Executors.newFixedThreadPool(properties.concurrentCalls(), runnable -> {
            Thread thread = new Thread(runnable, "portal-sender");
            thread.setDaemon(true);
            return thread;
        });
    }

    Link link() {
        return link;
    }

    /** Sends what is due until nothing is, or for at most 20 s; returns how many messages the portal took. */
    @Scheduled(initialDelayString = "${xaso.integration.dvcqg.send-every:PT2S}", fixedDelayString = "${xaso.integration.dvcqg.send-every:PT2S}")
    public int deliver() {
        Optional<String> url = Urls.of(environment, "xaso.integration.dvcqg.url");
        if (url.isEmpty()) {
            return 0;
        }
        int delivered = 0;
        long until = System.nanoTime() + RUN_FOR.toNanos();
        while (System.nanoTime() < until) {
            List<PortalMessages.Message> due = messages.claimDue(BATCH, LEASE);
            if (due.isEmpty() && link.tryingAgain()) {
                // the breaker lets one call through: try the oldest message now rather than when its pause ends
                due = messages.claimProbe(LEASE);
            }
            if (due.isEmpty()) {
                break;
            }
            List<Future<Boolean>> sending = new ArrayList<>();
            for (PortalMessages.Message message : due) {
                sending.add(senders.submit(() -> send(url.get(), message)));
            }
            int sentNow = 0;
            for (Future<Boolean> outcome : sending) {
                try {
                    sentNow += outcome.get() ? 1 : 0;
                } catch (Exception e) {
                    // counted as not sent: the message is tried again after its pause
                }
            }
            delivered += sentNow;
            if (sentNow == 0) {
                break;
            }
        }
        return delivered;
    }

    private boolean send(String url, PortalMessages.Message message) {
        try {
            link.call(() -> post(url, message));
            messages.sent(message.id());
            return true;
        } catch (Link.Failure | Link.Refused e) {
            messages.failed(message.id(), e.getMessage(), pause(message.attempts()));
            return false;
        }
    }

    private Void post(String url, PortalMessages.Message message) {
        ObjectNode body = (ObjectNode) json.readTree(message.body());
        body.put("MaThongDiep", message.id());
        HttpRequest request = HttpRequest.newBuilder(URI.create(url + "/dossiers")).timeout(properties.readTimeout())
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body), StandardCharsets.UTF_8)).build();
        HttpResponse<String> response = Http.exchange(http, request);
        if (response.statusCode() / 100 != 2) {
            throw new Link.Failure("HTTP " + response.statusCode());
        }
        return null;
    }

    /** 2 s after the first failure, doubling, at most 5 minutes. */
    static Duration pause(int attemptsBefore) {
        long seconds = 2L << Math.min(attemptsBefore, 10);
        return Duration.ofSeconds(Math.min(seconds, MAX_PAUSE.toSeconds()));
    }

    @PreDestroy
    void stop() {
        senders.shutdownNow();
    }
}
