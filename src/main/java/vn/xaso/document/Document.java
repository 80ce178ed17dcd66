package vn.xaso.document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.xaso.api.Conflict;
import vn.xaso.api.Refusal;
import vn.xaso.organization.Authority;

/**
 * One official document in one unit: registered on arrival (incoming) or drafted, signed and issued (outgoing).
 * Each change is a package-private transition that guards its own state, is given the facts it needs (the number
 * taken, the signed file) and returns the event that says what happened.
 */
public final class Document {

    private final long id;
    private final String unitCode;
    private final Direction direction;
    private final Content content;
    private final Origin origin;
    private final Long sourceDocumentId;
    private final Long replacesId;
    private final int version;
    private DocumentStatus status;
    private Reference reference;
    private Registration registration;
    private Handling handling;
    private Signing signing;
    private Recall recall;
    private UUID fileId;

    Document(long id, String unitCode, Direction direction, Content content, Origin origin, Long sourceDocumentId,
            Long replacesId, DocumentStatus status, Reference reference, Registration registration, Handling handling,
            Signing signing, Recall recall, UUID fileId, int version) {
        this.id = id;
        this.unitCode = unitCode;
        this.direction = direction;
        this.content = content;
        this.origin = origin;
        this.sourceDocumentId = sourceDocumentId;
        this.replacesId = replacesId;
        this.status = status;
        this.reference = reference;
        this.registration = registration;
        this.handling = handling;
        this.signing = signing;
        this.recall = recall;
        this.fileId = fileId;
        this.version = version;
    }

    /** An arriving document registered in the unit's incoming book with its arrival number. */
    static Document arrived(String unitCode, Content content, Origin origin, Reference reference, LocalDate dueDate,
            Registration registration, Long sourceDocumentId) {
        return new Document(0, unitCode, Direction.INCOMING, content, origin, sourceDocumentId, null,
                DocumentStatus.REGISTERED, reference, registration, Handling.dueBy(dueDate), Signing.NONE, Recall.NONE,
                null, 0);
    }

    /** A new outgoing draft, to be numbered in {@code registration}'s book when issued. */
    static Document drafted(String unitCode, Content content, Registration registration, String drafter, Long replacesId) {
        return new Document(0, unitCode, Direction.OUTGOING, content, Origin.NONE, null, replacesId, DocumentStatus.DRAFT,
                Reference.NONE, registration, Handling.dueBy(null), new Signing(drafter, null, null, null, null),
                Recall.NONE, null, 0);
    }

    // --- incoming ---------------------------------------------------------------------------------------

    DocumentAssigned assign(DocumentAssigned.People people, String instruction, Instant dueAt, LocalDate dueDate,
            Instant now) {
        expect(isIncoming() && (status == DocumentStatus.REGISTERED || status == DocumentStatus.ASSIGNED));
        status = DocumentStatus.ASSIGNED;
        handling = handling.assigned(people.mainHandler(), instruction, dueDate);
        return new DocumentAssigned(id, unitCode, people, instruction, dueAt, now);
    }

    DocumentCompleted complete(Long replyDocumentId, Instant now) {
        expect(isIncoming() && status == DocumentStatus.ASSIGNED);
        status = DocumentStatus.COMPLETED;
        handling = handling.completed(now, replyDocumentId);
        return new DocumentCompleted(id, unitCode, replyDocumentId, now);
    }

    DocumentReminded remind(String text, Instant now) {
        expect(status == DocumentStatus.ASSIGNED);
        return new DocumentReminded(id, unitCode, handling.mainHandler(), text, now);
    }

    /** A scan of the paper: the document's file, unless it has one already. */
    ScanAttached attachScan(UUID file, String name, Instant now) {
        expect(isIncoming() && status != DocumentStatus.RECALLED);
        if (fileId == null) {
            fileId = file;
        }
        return new ScanAttached(id, unitCode, file, name, now);
    }

    /** A copy delivered on the platform or over the exchange carries the sender's sealed file. */
    void deliveredWith(UUID file) {
        expect(isIncoming());
        fileId = file;
    }

    // --- both -------------------------------------------------------------------------------------------

    OpinionGiven giveOpinion(String author, String text, Instant now) {
        expect(status == DocumentStatus.ASSIGNED || status == DocumentStatus.DRAFT || status == DocumentStatus.SUBMITTED);
        return new OpinionGiven(id, unitCode, author, text, now);
    }

    DocumentAcknowledged acknowledge(String reader, Instant now) {
        expect(status != DocumentStatus.RECALLED);
        return new DocumentAcknowledged(id, unitCode, reader, now);
    }

    /** Recalled, or a delivered copy frozen because its sender recalled it: kept for the record, changed no more. */
    DocumentRecalled recall(String reason, String by, Instant now) {
        boolean deliveredCopy = isIncoming() && sourceDocumentId != null && status != DocumentStatus.RECALLED;
        expect(deliveredCopy || !isIncoming() && status == DocumentStatus.ISSUED);
        status = DocumentStatus.RECALLED;
        recall = new Recall(now, reason);
        return new DocumentRecalled(id, unitCode, reason, by, now);
    }

    // --- outgoing ---------------------------------------------------------------------------------------

    DraftUploaded uploadDraft(UUID file, int draftVersion, Instant now) {
        expectDraft();
        fileId = file;
        return new DraftUploaded(id, unitCode, file, draftVersion, now);
    }

    OpinionsRequested requestOpinions(List<String> users, String names, Instant dueAt, Instant now) {
        expectDraft();
        return new OpinionsRequested(id, unitCode, users, names, dueAt, now);
    }

    DraftSubmitted submit(String signer, String signerName, Authority authority, Instant now) {
        expectDraft();
        if (fileId == null) {
            throw new Conflict("document.submit.no-draft");
        }
        status = DocumentStatus.SUBMITTED;
        signing = signing.submittedTo(signer);
        return new DraftSubmitted(id, unitCode, signer, signerName, authority, now);
    }

    DraftSentBack sendBack(String reason, Instant now) {
        expect(!isIncoming() && status == DocumentStatus.SUBMITTED);
        status = DocumentStatus.DRAFT;
        return new DraftSentBack(id, unitCode, signing.draftedBy(), reason, now);
    }

    DocumentSigned sign(UUID signedFile, Instant now) {
        expect(!isIncoming() && status == DocumentStatus.SUBMITTED);
        status = DocumentStatus.SIGNED;
        signing = signing.signed(now);
        fileId = signedFile;
        return new DocumentSigned(id, unitCode, signing.signer(), signedFile, now);
    }

    /** Numbered in its book for the year of issue, sealed ({@code sealedFile}) and sent. */
    DocumentIssued issue(int number, Reference issued, UUID sealedFile, String clerk, Instant now) {
        expect(!isIncoming() && status == DocumentStatus.SIGNED);
        status = DocumentStatus.ISSUED;
        registration = registration.numbered(number, issued.issuedDate().getYear());
        reference = issued;
        signing = signing.issued(now, clerk);
        fileId = sealedFile;
        return new DocumentIssued(id, unitCode, issued.text(), replacesId, now);
    }

    private void expectDraft() {
        expect(!isIncoming() && status == DocumentStatus.DRAFT);
    }

    /** A transition taken at the wrong moment: the desk checks first, so this guards against misuse. */
    private void expect(boolean allowed) {
        if (!allowed) {
            throw new Conflict("document.action.state", Refusal.term("doc.status." + status));
        }
    }

    // --- reading ----------------------------------------------------------------------------------------

    public long id() {
        return id;
    }

    public String unitCode() {
        return unitCode;
    }

    public Direction direction() {
        return direction;
    }

    public boolean isIncoming() {
        return direction == Direction.INCOMING;
    }

    public DocumentStatus status() {
        return status;
    }

    public Content content() {
        return content;
    }

    public String typeName() {
        return content.typeName();
    }

    public String subject() {
        return content.subject();
    }

    /** The sender of an incoming document ({@link Origin#NONE} for an outgoing one). */
    public Origin origin() {
        return origin;
    }

    public Reference reference() {
        return reference;
    }

    public Registration registration() {
        return registration;
    }

    public Handling handling() {
        return handling;
    }

    public Signing signing() {
        return signing;
    }

    public Recall recall() {
        return recall;
    }

    /** The document's current file: the latest draft, the signed or the issued copy, or the scan. */
    public UUID fileId() {
        return fileId;
    }

    /** The outgoing document an incoming copy was delivered from, on the platform. */
    public Long sourceDocumentId() {
        return sourceDocumentId;
    }

    /** The issued document this one replaces (content error): recalled when this is issued. */
    public Long replacesId() {
        return replacesId;
    }

    public int version() {
        return version;
    }
}
