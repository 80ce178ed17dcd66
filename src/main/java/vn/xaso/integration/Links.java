package vn.xaso.integration;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/** Every link to a national service, by name, measured as metrics. */
@Component
public class Links {

    private final Map<String, Link> links = new ConcurrentHashMap<>();
    private final MeterRegistry meters;
    private final IntegrationProperties properties;

    Links(MeterRegistry meters, IntegrationProperties properties) {
        this.meters = meters;
        this.properties = properties;
    }

    Link add(Link link) {
        links.put(link.name(), link.measuredIn(meters));
        return link;
    }

    /**
     * Adds the link an outbox is delivered through: what waits in the outbox is what the link has pending, and when the
     * receiver answers again, what waited behind the pauses is due at once.
     */
    public Link addForOutbox(String name, Outbox outbox) {
        return add(new Link(name, properties.settings(), Clock.systemUTC()).pending(outbox::waiting)
                .onRecovery(outbox::allDueNow));
    }

    public List<LinkStatus> statuses() {
        return links.values().stream().map(Link::status).sorted(java.util.Comparator.comparing(LinkStatus::name)).toList();
    }

    public Optional<Link> find(String name) {
        return Optional.ofNullable(links.get(name));
    }
}
