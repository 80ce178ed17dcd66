package vn.xaso.integration;

import jakarta.annotation.PreDestroy;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.xaso.document.DocumentEvent;
import vn.xaso.document.DocumentExchange;
import vn.xaso.document.DocumentIssued;
import vn.xaso.document.ExchangeStatus;

/**
 * What goes out over the exchange platform: an issued document with recipients outside the platform, and the status
 * of a document received by exchange as it is assigned, worked on and done — queued in the document's own
 * transaction, delivered every two seconds in order per document (see {@link Courier}), each message until the
 * platform has it (it keeps a message sent twice once, by {@code X-Message-Id}).
 */
@Component
class ExchangeSender {

    private final ExchangeMessages messages;
    private final ExchangePlatform platform;
    private final DocumentExchange documents;
    private final Courier<ExchangeMessages.Message> courier;

    ExchangeSender(ExchangeMessages messages, ExchangePlatform platform, DocumentExchange documents,
            IntegrationProperties properties) {
        this.messages = messages;
        this.platform = platform;
        this.documents = documents;
        this.courier = new Courier<>(messages.outbox(), ExchangeMessages.Message::row, platform.link(), properties.concurrentCalls());
    }

    @EventListener
    void on(DocumentEvent event) {
        if (event instanceof DocumentIssued issued) {
            var organs = documents.externalRecipients(issued.documentId());
            if (!organs.isEmpty()) {
                messages.enqueueDocument(issued.documentId(), organs, issued.at());
            }
            return;
        }
        documents.report(event).ifPresent(report ->
                messages.enqueueStatus(report.documentId(), report.senderOrgan(), report.status(), event.at()));
    }

    /** Sends what is due until nothing is, or for at most 20 s; returns how many messages the platform took. */
    @Scheduled(initialDelayString = "${xaso.integration.exchange.send-every:PT2S}", fixedDelayString = "${xaso.integration.exchange.send-every:PT2S}")
    @SchedulerLock(name = "integration.exchange-sender", lockAtMostFor = "PT2M")
    public int deliver() {
        return platform.url().map(url -> courier.deliver(message ->
                platform.send(url, messageId(message), body(message)))).orElse(0);
    }

    /** The id the platform knows the message by: the installation's organ and the outbox id. */
    private String messageId(ExchangeMessages.Message message) {
        return platform.organ().orElse("xaso") + "-" + message.id();
    }

    private String body(ExchangeMessages.Message message) {
        return switch (message.kind()) {
            case DOCUMENT -> documents.documentMessage(message.documentId());
            case STATUS -> documents.statusMessage(message.documentId(),
                    ExchangeStatus.ofCode(message.statusCode()).orElseThrow(), message.createdAt());
            case REFUSAL -> message.body();
        };
    }

    @PreDestroy
    void stop() {
        courier.close();
    }
}
