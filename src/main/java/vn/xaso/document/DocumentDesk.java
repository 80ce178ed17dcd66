package vn.xaso.document;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.xaso.api.Conflict;
import vn.xaso.api.Forbidden;
import vn.xaso.api.NotFound;
import vn.xaso.api.Refusal;
import vn.xaso.files.StoredFile;
import vn.xaso.identity.UnitAccess;
import vn.xaso.identity.XasoUser;
import vn.xaso.organization.Role;
import vn.xaso.workflow.Task;

/**
 * The documents module's published API: register incoming documents, draft outgoing ones, and every action of
 * their lives, each in one transaction, on the history and the audit trail, with tasks in the shared inbox.
 */
@Service
public class DocumentDesk {

    private final Documents documents;
    private final DocumentWork work;
    private final IncomingDocuments incoming;
    private final OutgoingDocuments outgoing;
    private final DocumentFiles files;
    private final UnitAccess access;
    private final Clock clock;
    private final ObjectProvider<ArchivedDocuments> archive;

    DocumentDesk(Documents documents, DocumentWork work, IncomingDocuments incoming, OutgoingDocuments outgoing,
            DocumentFiles files, UnitAccess access, Clock clock, ObjectProvider<ArchivedDocuments> archive) {
        this.documents = documents;
        this.work = work;
        this.incoming = incoming;
        this.outgoing = outgoing;
        this.files = files;
        this.access = access;
        this.clock = clock;
        this.archive = archive;
    }

    /** What registering answers: the document, and earlier documents it duplicates (same sender, number, date). */
    public record Registered(Document document, List<Long> duplicateOf) {
    }

    /** The clerk registers an arriving document: arrival number for the year, then the leader's task for today. */
    @Transactional
    public Registered registerIncoming(XasoUser clerk, NewIncoming in) {
        if (!clerk.hasRole(Role.CLERK) && !clerk.hasRole(Role.LEADER)) {
            throw new Forbidden("document.incoming.clerk-only");
        }
        Document d = incoming.receive(clerk.unitCode(), clerk.getUsername(), in, null);
        Reference reference = d.reference();
        List<Long> duplicates = documents.duplicates(d.unitCode(), d.origin().organId(), d.origin().name(),
                reference.codeNumber(), reference.codeNotation(), reference.issuedDate(), d.id());
        return new Registered(d, duplicates);
    }

    /** A specialist starts an outgoing draft; it stays in their inbox until submitted for signature. */
    @Transactional
    public Document createOutgoing(XasoUser drafter, NewOutgoing out) {
        return outgoing.createOutgoing(drafter, out);
    }

    /** The document, if the user may see it (their unit, a province monitor, or someone it was given to). */
    public Document get(XasoUser user, long id) {
        Document d = documents.find(id).orElseThrow(() -> new NotFound("Document", id));
        if (!canSee(user, d)) {
            throw new NotFound("Document", id);
        }
        return d;
    }

    boolean canSee(XasoUser user, Document d) {
        return access.canRead(user, d.unitCode()) || documents.isParticipant(d.id(), user.getUsername());
    }

    public List<DocumentAction> actions(XasoUser user, long id) {
        Document d = get(user, id);
        Set<String> parts = parts(d, user);
        return EnumSet.allOf(DocumentAction.class).stream()
                .filter(a -> a.check(user, d, parts) == DocumentAction.Verdict.ALLOWED).toList();
    }

    /**
     * Takes an action as the API and the pages send it (not the draft upload, which carries a file): 403 without the
     * role, 409 at the wrong time, and only then 400 for a field the action needs and did not get.
     */
    @Transactional
    public Document act(XasoUser user, long id, DocumentAction action, DocumentRequest request) {
        return act(user, id, action, () -> request.toCommand(action));
    }

    /** Takes a typed action (checked as above). */
    @Transactional
    public Document act(XasoUser user, long id, DocumentCommand command) {
        return act(user, id, command.action(), () -> command);
    }

    private Document act(XasoUser user, long id, DocumentAction action, Supplier<DocumentCommand> command) {
        Document d = lockFor(user, id);
        switch (action.check(user, d, parts(d, user))) {
            case FORBIDDEN -> throw new Forbidden("document.action.forbidden", Refusal.term("doc.action." + action.path()));
            case NOT_NOW -> throw new Conflict("document.action.not-now",
                    Refusal.term("doc.action." + action.path()), Refusal.term("doc.status." + d.status()));
            case ALLOWED -> { }
        }
        Instant now = clock.instant();
        String me = user.getUsername();
        return work.commit(d, me, action.path(), apply(command.get(), d, me, now), now);
    }

    /** The facts each action needs (colleagues, due days, signatures, the number), then the document's transition. */
    private DocumentEvent apply(DocumentCommand command, Document d, String me, Instant now) {
        if (command instanceof DocumentCommand.Assign assign) {
            return incoming.assign(d, assign, now);
        }
        if (command instanceof DocumentCommand.Opinion opinion) {
            documents.addOpinion(d.id(), me, now, opinion.text());
            return d.giveOpinion(me, opinion.text(), now);
        }
        if (command instanceof DocumentCommand.Acknowledge) {
            return d.acknowledge(me, now);
        }
        if (command instanceof DocumentCommand.Complete complete) {
            return incoming.complete(d, complete.replyDocumentId(), now);
        }
        if (command instanceof DocumentCommand.Remind remind) {
            documents.addOpinion(d.id(), me, now, "Đôn đốc: " + remind.text());
            return d.remind(remind.text(), now);
        }
        if (command instanceof DocumentCommand.RequestOpinions request) {
            return outgoing.requestOpinions(d, request, now);
        }
        if (command instanceof DocumentCommand.Submit submit) {
            return outgoing.submit(d, submit, now);
        }
        if (command instanceof DocumentCommand.SendBack sendBack) {
            return d.sendBack(sendBack.reason(), now);
        }
        if (command instanceof DocumentCommand.Sign sign) {
            return outgoing.sign(d, me, sign, now);
        }
        if (command instanceof DocumentCommand.Issue issue) {
            return outgoing.issue(d, me, issue, now);
        }
        return d.recall(((DocumentCommand.Recall) command).reason(), me, now);
    }

    /**
     * The PDF of a Word draft about to be uploaded to document {@code id}, made first, outside any transaction: the
     * conversion holds no connection and no lock. Empty for a PDF, or where LibreOffice cannot convert it; the uploader's
     * right to add a draft is checked first, so nobody else can keep the converter busy.
     */
    public Optional<byte[]> draftAsPdf(XasoUser user, long id, byte[] content) {
        Document d = get(user, id);
        mayUploadDraft(user, d);
        return files.pdfOf(content);
    }

    /**
     * A new draft version; a Word draft is kept with the PDF made of it ({@link #draftAsPdf}, null where there is none:
     * it then stays DOCX until a PDF is uploaded). The latest version is the one signed.
     */
    @Transactional
    public Document uploadDraft(XasoUser user, long id, byte[] content, String name, String note, byte[] pdf) {
        Document d = lockFor(user, id);
        mayUploadDraft(user, d);
        Instant now = clock.instant();
        StoredFile file = files.store(d, content, name, "DRAFT", false, user.getUsername());
        if (DocumentFiles.isDocx(file) && pdf != null) {
            file = files.storePdfOf(d, file, pdf, user.getUsername());
        }
        int version = documents.addVersion(d.id(), file.id(), user.getUsername(), now, note);
        return work.commit(d, user.getUsername(), "upload-draft", d.uploadDraft(file.id(), version, now), now);
    }

    private void mayUploadDraft(XasoUser user, Document d) {
        switch (DocumentAction.UPLOAD_DRAFT.check(user, d, parts(d, user))) {
            case FORBIDDEN -> throw new Forbidden("document.draft.forbidden");
            case NOT_NOW -> throw new Conflict("document.draft.frozen", Refusal.term("doc.status." + d.status()));
            case ALLOWED -> { }
        }
    }

    /** Attaches a scan to an incoming document (the clerk, while it is being handled). */
    @Transactional
    public Document attachScan(XasoUser user, long id, byte[] content, String name) {
        Document d = lockFor(user, id);
        if (!d.isIncoming() || !user.unitCode().equals(d.unitCode()) || !(user.hasRole(Role.CLERK) || user.hasRole(Role.LEADER))) {
            throw new Forbidden("document.scan.clerk-only");
        }
        if (d.status() == DocumentStatus.RECALLED) {
            throw new Conflict("document.recalled");
        }
        Instant now = clock.instant();
        StoredFile file = files.store(d, content, name, "SCAN", false, user.getUsername());
        return work.commit(d, user.getUsername(), "attach", d.attachScan(file.id(), file.name(), now), now);
    }

    /** The document locked for a change by {@code user}: 404 if theirs not to see, 409 once archived. */
    private Document lockFor(XasoUser user, long id) {
        get(user, id);
        Document d = documents.lock(id);
        refuseIfArchived(d);
        return d;
    }

    public List<Documents.Participant> participants(Document d) {
        return documents.participants(d.id());
    }

    public List<Documents.Recipient> recipients(Document d) {
        return documents.recipients(d.id());
    }

    /** How an incoming document came over the exchange platform (its sender there, its signatures), if it did. */
    public Optional<Documents.ExchangeOrigin> exchangeOrigin(Document d) {
        return documents.exchangeOrigin(d.id());
    }

    /** What recipients outside the platform reported about an issued document, in order. */
    public List<Documents.ExchangeReport> exchangeReports(Document d) {
        return documents.exchangeReports(d.id());
    }

    public List<Documents.DraftVersion> versions(Document d) {
        return documents.versions(d.id());
    }

    public List<Documents.Opinion> opinions(Document d) {
        return documents.opinions(d.id());
    }

    public List<Task> openTasks(Document d) {
        return work.openTasks(d);
    }

    public List<Documents.HistoryLine> history(Document d) {
        return documents.history(d.id());
    }

    private void refuseIfArchived(Document d) {
        ArchivedDocuments archived = archive.getIfAvailable();
        if (archived != null && archived.isArchived(d.id())) {
            throw new Conflict("document.archived");
        }
    }

    /**
     * Hands one official's open documents to a successor (hand-over): their drafts and their parts (main handler,
     * coordinator, opinions asked) in documents still in progress. Their tasks move with the workflow's hand-over.
     */
    @Transactional
    public List<Document> handOver(String from, String to) {
        List<Document> open = documents.openWorkOf(from);
        documents.replaceParticipant(from, to);
        documents.replaceDrafter(from, to);
        return open;
    }

    private Set<String> parts(Document d, XasoUser user) {
        return documents.participants(d.id()).stream().filter(p -> p.username().equals(user.getUsername()))
                .map(Documents.Participant::part).collect(Collectors.toSet());
    }

}
