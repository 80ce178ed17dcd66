package vn.xaso.document;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.xaso.api.InvalidInput;
import vn.xaso.files.StoredFile;
import vn.xaso.organization.Organization;
import vn.xaso.organization.Unit;
import vn.xaso.signing.Signatures;
import vn.xaso.signing.Verification;

/**
 * Documents over the exchange platform (LGSP/NDXP), as the document module sees them — the transport is the
 * integration module's: the EDXML of an issued document for its recipients outside the platform; what a received
 * message becomes (an incoming document registered in the addressed unit with its signatures checked, a status report
 * about one of our documents, or a refusal when it is addressed to no unit here); the status messages back.
 */
@Service
public class DocumentExchange {

    /** Who the history and the audit name for what came over the exchange. */
    public static final String ACTOR = "lgsp";

    /** What became of a delivered message; {@code refusal} is the status message to send back when refused. */
    public record Arrival(Outcome outcome, Long documentId, String senderOrgan, String refusal) {
    }

    public enum Outcome { REGISTERED, REFUSED, REPORT, ALREADY }

    /** A status to report to the sender of a document received by exchange. */
    public record Report(long documentId, String senderOrgan, ExchangeStatus status) {
    }

    private final Edxml edxml;
    private final Documents documents;
    private final IncomingDocuments incoming;
    private final DocumentFiles files;
    private final Signatures signatures;
    private final Organization organization;
    private final JdbcClient jdbc;
    private final Clock clock;

    DocumentExchange(Edxml edxml, Documents documents, IncomingDocuments incoming, DocumentFiles files, Signatures signatures,
            Organization organization, JdbcClient jdbc, Clock clock) {
        this.edxml = edxml;
        this.documents = documents;
        this.incoming = incoming;
        this.files = files;
        this.signatures = signatures;
        this.organization = organization;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The organ ids of an issued document's recipients outside the platform. */
    @Transactional(readOnly = true)
    public List<String> externalRecipients(long documentId) {
        return external(documents.recipients(documentId)).stream().map(Documents.Recipient::organId).toList();
    }

    /** The EDXML of an issued document addressed to its recipients outside the platform (all of them in ToPlaces). */
    @Transactional(readOnly = true)
    public String documentMessage(long documentId) {
        List<Documents.Recipient> all = documents.recipients(documentId);
        return edxml.document(documents.require(documentId), external(all), all);
    }

    private static List<Documents.Recipient> external(List<Documents.Recipient> recipients) {
        return recipients.stream().filter(r -> r.unitCode() == null && r.organId() != null).toList();
    }

    /**
     * The status a document event tells the sender of a document received by exchange: assigned, in progress (opinions
     * asked or given), done. Its registration is reported by whoever took the message ({@link #arrive}).
     */
    @Transactional(readOnly = true)
    public Optional<Report> report(DocumentEvent event) {
        ExchangeStatus status;
        if (event instanceof DocumentAssigned) {
            status = ExchangeStatus.ASSIGNED;
        } else if (event instanceof OpinionsRequested || event instanceof OpinionGiven) {
            status = ExchangeStatus.IN_PROGRESS;
        } else if (event instanceof DocumentCompleted) {
            status = ExchangeStatus.DONE;
        } else {
            return Optional.empty();
        }
        return documents.exchangeOrigin(event.documentId()).filter(o -> o.senderOrgan() != null)
                .map(o -> new Report(event.documentId(), o.senderOrgan(), status));
    }

    /** The status message for the sender of a document received by exchange, as it was {@code at}. */
    @Transactional(readOnly = true)
    public String statusMessage(long documentId, ExchangeStatus status, Instant at) {
        Document d = documents.require(documentId);
        return edxml.status(d, status, status.description(d), at);
    }

    /**
     * Takes a message the platform delivered to {@code addressedTo}: an incoming document of that unit (its
     * signatures checked and kept), or a status report about one of our issued documents. A message taken before
     * (same {@code messageId}) is recognised. Throws {@link InvalidInput} when it cannot be read or its file is not
     * acceptable: then {@link #refuse} it.
     */
    @Transactional
    public Arrival arrive(String messageId, String addressedTo, byte[] message) {
        if (!firstTime(messageId)) {
            return new Arrival(Outcome.ALREADY, null, null, null);
        }
        Edxml.Message read = edxml.read(message);
        if (read.status() != null) {
            Long ours = report(read);
            settle(messageId, ours, "REPORT", read.from().id());
            return new Arrival(Outcome.REPORT, ours, read.from().id(), null);
        }
        Optional<Unit> unit = organization.unit(addressedTo).filter(u -> u.validTo() == null);
        if (unit.isEmpty() || read.to().stream().noneMatch(o -> addressedTo.equals(o.id()))) {
            String refusal = edxml.refusal(new Edxml.Organ(addressedTo, unit.map(Unit::name).orElse(addressedTo)), read,
                    "Văn bản gửi không đúng nơi nhận: không có cơ quan, đơn vị mã " + addressedTo + " trên hệ thống", clock.instant());
            settle(messageId, null, "REFUSED", read.from().id());
            return new Arrival(Outcome.REFUSED, null, read.from().id(), refusal);
        }
        Document d = incoming.receive(unit.get().code(), ACTOR, read.incoming(), null);
        Documents.Signature signature = Documents.Signature.UNSIGNED;
        if (read.attachment() != null) {
            signature = signature(read.attachment().content());
            StoredFile file = files.store(d, read.attachment().content(), read.attachment().name(), "ISSUED",
                    signature != Documents.Signature.UNSIGNED, ACTOR);
            d.deliveredWith(file.id());
            documents.save(d);
        }
        documents.rememberSender(d.id(), read.documentId() == null ? "" : read.documentId(), read.from().id(), signature);
        settle(messageId, d.id(), "REGISTERED", read.from().id());
        return new Arrival(Outcome.REGISTERED, d.id(), read.from().id(), null);
    }

    /**
     * Refuses a delivered message that could not be taken, for {@code reason}; returns the refusal to send back, or
     * none when the message cannot even be read (there is no one to answer).
     */
    @Transactional
    public Arrival refuse(String messageId, String addressedTo, byte[] message, String reason) {
        if (!firstTime(messageId)) {
            return new Arrival(Outcome.ALREADY, null, null, null);
        }
        Edxml.Message read;
        try {
            read = edxml.read(message);
        } catch (InvalidInput unreadable) {
            settle(messageId, null, "REFUSED", null);
            return new Arrival(Outcome.REFUSED, null, null, null);
        }
        String as = organization.unit(addressedTo).map(Unit::name).orElse(addressedTo);
        settle(messageId, null, "REFUSED", read.from().id());
        return new Arrival(Outcome.REFUSED, null, read.from().id(),
                edxml.refusal(new Edxml.Organ(addressedTo, as), read, "Không tiếp nhận được văn bản: " + reason, clock.instant()));
    }

    /** Writes the message's row first: a second delivery of it (another node, a retry) waits here and then finds it. */
    private boolean firstTime(String messageId) {
        return jdbc.sql("""
                insert into exchange_arrival (message_id, outcome, received_at) values (?, 'RECEIVING', ?)
                on conflict (message_id) do nothing""")
                .params(messageId, java.sql.Timestamp.from(clock.instant())).update() == 1;
    }

    private void settle(String messageId, Long documentId, String outcome, String senderOrgan) {
        jdbc.sql("update exchange_arrival set document_id = ?, outcome = ?, sender_organ = left(?, 64) where message_id = ?")
                .params(documentId, outcome, senderOrgan, messageId).update();
    }

    /** Records a status report about one of our issued documents; returns its id, or null when it names none of ours. */
    private Long report(Edxml.Message read) {
        Edxml.StatusReport status = read.status();
        Optional<ExchangeStatus> code = ExchangeStatus.ofCode(status.code());
        Optional<Document> ours = ours(status.documentId());
        if (code.isEmpty() || ours.isEmpty()) {
            return null;
        }
        Instant at = status.at() == null ? clock.instant() : status.at().toInstant();
        documents.addExchangeReport(ours.get().id(), new Documents.ExchangeReport(read.from().id(), read.from().name(),
                code.get(), status.description(), status.staff(), at));
        return ours.get().id();
    }

    /** Our issued document named by an exchange document id ({@code H40.01,2026-12-06,42}). */
    private Optional<Document> ours(String documentId) {
        String[] parts = documentId == null ? new String[0] : documentId.split(",");
        if (parts.length != 3 || !parts[2].matches("[0-9]{1,18}")) {
            return Optional.empty();
        }
        return documents.find(Long.parseLong(parts[2]))
                .filter(d -> !d.isIncoming() && d.unitCode().equals(parts[0]) && Edxml.documentId(parts[0], d).equals(documentId));
    }

    /** Valid when every signature is intact and the last covers the whole file; unsigned when there is none. */
    private Documents.Signature signature(byte[] content) {
        if (content.length < 5 || !new String(content, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1).equals("%PDF-")) {
            return Documents.Signature.UNSIGNED;
        }
        Verification verification;
        try {
            verification = signatures.verify(content);
        } catch (RuntimeException unreadable) {
            return Documents.Signature.INVALID;
        }
        if (verification.signatures().isEmpty()) {
            return Documents.Signature.UNSIGNED;
        }
        boolean whole = verification.signatures().stream().anyMatch(Verification.Signature::coversWholeDocument);
        return verification.allValid() && whole ? Documents.Signature.VALID : Documents.Signature.INVALID;
    }
}
