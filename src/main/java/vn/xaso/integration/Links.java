package vn.xaso.integration;

import io.micrometer.core.instrument.MeterRegistry;
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

    Links(MeterRegistry meters) {
        this.meters = meters;
    }

    Link add(Link link) {
        links.put(link.name(), link.measuredIn(meters));
        return link;
    }

    public List<LinkStatus> statuses() {
        return links.values().stream().map(Link::status).sorted(java.util.Comparator.comparing(LinkStatus::name)).toList();
    }

    public Optional<Link> find(String name) {
        return Optional.ofNullable(links.get(name));
    }
}
