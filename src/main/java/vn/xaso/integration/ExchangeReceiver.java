package vn.xaso.integration;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.xaso.api.InvalidInput;
import vn.xaso.document.DocumentExchange;
import vn.xaso.document.ExchangeStatus;

/**
 * Empties the installation's mailbox on the exchange platform every five seconds: each message becomes an incoming
 * document of the unit it is addressed to (or a status report about one of ours, or is refused and returned), and
 * what goes back — "received" for a registered document, the refusal — is queued in the same transaction. Only then
 * is the message taken out of the mailbox: a crash in between leaves it there, and it is recognised when it comes
 * again, never registered twice.
 */
@Component
class ExchangeReceiver {

    private static final Logger log = LoggerFactory.getLogger(ExchangeReceiver.class);

    private final ExchangePlatform platform;
    private final DocumentExchange documents;
    private final ExchangeMessages messages;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ExchangeReceiver(ExchangePlatform platform, DocumentExchange documents, ExchangeMessages messages,
            TransactionTemplate transaction, Clock clock) {
        this.platform = platform;
        this.documents = documents;
        this.messages = messages;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** Takes what waits in the mailbox; returns how many messages it took out. */
    @Scheduled(initialDelayString = "${xaso.integration.exchange.receive-every:PT5S}", fixedDelayString = "${xaso.integration.exchange.receive-every:PT5S}")
    @SchedulerLock(name = "integration.exchange-receiver", lockAtMostFor = "PT2M")
    public int receive() {
        Optional<String> url = platform.url();
        Optional<String> organ = platform.organ();
        if (url.isEmpty() || organ.isEmpty()) {
            return 0;
        }
        int taken = 0;
        try {
            List<ExchangePlatform.Waiting> waiting = platform.waiting(url.get(), organ.get());
            for (ExchangePlatform.Waiting message : waiting) {
                byte[] content = platform.fetch(url.get(), message.id());
                DocumentExchange.Arrival arrival;
                try {
                    arrival = take(message, content);
                } catch (RuntimeException e) {
                    // left in the mailbox and tried at the next run; the others go on
                    log.error("Exchange message {} for {} could not be taken", message.id(), message.to(), e);
                    continue;
                }
                platform.acknowledge(url.get(), message.id());
                taken++;
                log.info("Exchange message {} for {}: {}", message.id(), message.to(), arrival.outcome());
            }
        } catch (Link.Failure | Link.Refused e) {
            // the platform does not answer: what waits there is taken at a later run
            log.debug("Exchange platform: {}", e.getMessage());
        }
        return taken;
    }

    private DocumentExchange.Arrival take(ExchangePlatform.Waiting message, byte[] content) {
        try {
            return transaction.execute(status -> queueReplies(documents.arrive(message.id(), message.to(), content)));
        } catch (InvalidInput e) {
            String reason = e.field() == null ? "nội dung không hợp lệ" : "nội dung không hợp lệ (" + e.field() + ")";
            return transaction.execute(status -> queueReplies(documents.refuse(message.id(), message.to(), content, reason)));
        }
    }

    private DocumentExchange.Arrival queueReplies(DocumentExchange.Arrival arrival) {
        if (arrival.outcome() == DocumentExchange.Outcome.REGISTERED && arrival.senderOrgan() != null) {
            messages.enqueueStatus(arrival.documentId(), arrival.senderOrgan(), ExchangeStatus.RECEIVED, clock.instant());
        } else if (arrival.refusal() != null && arrival.senderOrgan() != null) {
            messages.enqueueRefusal(arrival.senderOrgan(), arrival.refusal(), clock.instant());
        }
        return arrival;
    }
}
