package vn.xaso.cluster;

import java.time.Duration;
import java.time.Instant;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Events whose listener did not finish (its node died, or it failed) are handed to their listener again, on one node
 * of the cluster at a time, and only once they are {@code xaso.events.resubmit-after} old: an event a live node is
 * handling right now is never taken from it. This replaces Modulith's resubmission at start-up, which would take the
 * events a running node is handling.
 * <p>
 * Each publication is claimed in the database just before it is handed over: only while it is still incomplete and
 * nobody resubmitted it within the last {@code resubmit-after}. Modulith's own mark ({@code status != 'RESUBMITTED'})
 * is not enough: a node walking a list it read a moment ago would take again a publication another node has
 * resubmitted and <em>completed</em> meanwhile, and handle the event twice.
 */
@Component
public class EventResubmission {

    private final IncompleteEventPublications publications;
    private final JdbcClient jdbc;
    private final Duration after;

    EventResubmission(IncompleteEventPublications publications, JdbcClient jdbc,
            @Value("${xaso.events.resubmit-after:PT2M}") Duration after) {
        this.publications = publications;
        this.jdbc = jdbc;
        this.after = after;
    }

    @Scheduled(initialDelayString = "${xaso.events.resubmit-every:PT1M}", fixedDelayString = "${xaso.events.resubmit-every:PT1M}")
    @SchedulerLock(name = "cluster.event-resubmission", lockAtMostFor = "PT10M")
    public void resubmit() {
        Instant before = Instant.now().minus(after);
        publications.resubmitIncompletePublications(publication ->
                publication.getPublicationDate().isBefore(before) && claim(publication));
    }

    /** Whether this node may hand the publication over: one statement, so two nodes claiming at once cannot both win. */
    private boolean claim(EventPublication publication) {
        return jdbc.sql("""
                update event_publication set last_resubmission_date = now()
                where id = :id and completion_date is null and status is distinct from 'RESUBMITTED'
                  and (last_resubmission_date is null or last_resubmission_date < now() - make_interval(secs => :after))""")
                .param("id", publication.getIdentifier())
                .param("after", after.toMillis() / 1000.0)
                .update() == 1;
    }
}
