package vn.xaso.cluster;

import java.time.Duration;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Events whose listener did not finish (its node died, or it failed) are handed to their listener again, on one node
 * of the cluster at a time, and only once they are {@code xaso.events.resubmit-after} old: an event a live node is
 * handling right now is never taken from it. Each publication is claimed in the database before it is handled
 * (Spring Modulith marks it resubmitted where it was not already), so two nodes resubmitting at once handle it once.
 * This replaces Modulith's resubmission at start-up, which would take the events a running node is handling.
 */
@Component
public class EventResubmission {

    private final IncompleteEventPublications publications;
    private final Duration after;

    EventResubmission(IncompleteEventPublications publications, @Value("${xaso.events.resubmit-after:PT2M}") Duration after) {
        this.publications = publications;
        this.after = after;
    }

    @Scheduled(initialDelayString = "${xaso.events.resubmit-every:PT1M}", fixedDelayString = "${xaso.events.resubmit-every:PT1M}")
    @SchedulerLock(name = "cluster.event-resubmission", lockAtMostFor = "PT10M")
    public void resubmit() {
        publications.resubmitIncompletePublicationsOlderThan(after);
    }
}
