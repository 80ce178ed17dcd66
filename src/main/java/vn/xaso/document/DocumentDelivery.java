package vn.xaso.document;

import java.time.Instant;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.xaso.files.StoredFile;
import vn.xaso.organization.Organization;
import vn.xaso.organization.Unit;

/**
 * What issuing and recalling mean beyond the document itself, in the same transaction: each recipient unit on the
 * platform gets the issued document as an incoming one with its own arrival number; the document it replaces is
 * recalled; a recalled document's delivered copies are frozen.
 */
@Component
class DocumentDelivery {

    private final Documents documents;
    private final DocumentWork work;
    private final IncomingDocuments incoming;
    private final DocumentFiles files;
    private final Organization organization;

    DocumentDelivery(Documents documents, DocumentWork work, IncomingDocuments incoming, DocumentFiles files,
            Organization organization) {
        this.documents = documents;
        this.work = work;
        this.incoming = incoming;
        this.files = files;
        this.organization = organization;
    }

    @EventListener
    void on(DocumentIssued issued) {
        Document d = documents.require(issued.documentId());
        String clerk = d.signing().issuedBy();
        StoredFile sealed = files.require(d.fileId());
        byte[] pdf = files.content(sealed);
        Unit sender = organization.requireUnit(d.unitCode());
        for (Documents.Recipient recipient : documents.recipients(d.id())) {
            if (recipient.unitCode() == null) {
                continue;
            }
            NewIncoming copy = new NewIncoming(new NewIncoming.Sender(sender.code(), sender.name()),
                    d.reference().codeNumber(), d.reference().codeNotation(), d.reference().issuedDate(), d.typeName(),
                    d.subject(), d.content().priority(), null);
            Document received = incoming.receive(recipient.unitCode(), clerk, copy, d.id());
            received.deliveredWith(files.store(received, pdf, sealed.name(), "ISSUED", true, clerk).id());
            documents.save(received);
            documents.markDelivered(d.id(), recipient.unitCode(), received.id(), issued.at());
        }
        if (issued.replacesId() != null) {
            Document replaced = documents.lock(issued.replacesId());
            if (replaced.status() == DocumentStatus.ISSUED) {
                recall(replaced, "Được thay thế bởi văn bản số " + issued.reference(), clerk, issued.at());
            }
        }
    }

    @EventListener
    void on(DocumentRecalled recalled) {
        for (Documents.Recipient recipient : documents.recipients(recalled.documentId())) {
            if (recipient.deliveredDocumentId() != null) {
                recall(documents.lock(recipient.deliveredDocumentId()), "Cơ quan ban hành thu hồi: " + recalled.reason(),
                        recalled.by(), recalled.at());
            }
        }
    }

    private void recall(Document d, String reason, String by, Instant now) {
        work.commit(d, by, "recall", d.recall(reason, by, now), now);
    }
}
