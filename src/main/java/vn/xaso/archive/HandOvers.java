package vn.xaso.archive;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.xaso.api.Conflict;
import vn.xaso.api.Forbidden;
import vn.xaso.api.InvalidInput;
import vn.xaso.api.NotFound;
import vn.xaso.audit.AuditEvent;
import vn.xaso.document.Document;
import vn.xaso.document.DocumentDesk;
import vn.xaso.files.PdfRenderer;
import vn.xaso.files.StoredFile;
import vn.xaso.files.StoredFiles;
import vn.xaso.identity.UnitAccess;
import vn.xaso.identity.XasoUser;
import vn.xaso.organization.Official;
import vn.xaso.organization.Organization;
import vn.xaso.organization.Role;
import vn.xaso.signing.Placement;
import vn.xaso.signing.Signatures;
import vn.xaso.signing.SigningConsent;
import vn.xaso.workflow.Task;
import vn.xaso.workflow.Workflows;

/**
 * Hand-over (bàn giao): when an official leaves or moves, an administrator gives all their open tasks (dossiers and
 * documents), drafts, document parts and the work files they keep to a successor in one transaction — the work moves
 * at once, so nothing waits. The hand-over record (PDF) then waits for the two officials: each signs it from their own
 * inbox with their own confirmation (PIN or OTP, {@link Signatures#confirmRecord}), in either order, and once both
 * have signed the unit seals it. Until then the hand-over is pending, visible to both officials and the administrators.
 * An official who has left (no longer active) cannot sign: an administrator of the unit signs in their place, and the
 * audit trail says so.
 * Both officials must belong to units the administrator administers.
 */
@Service
public class HandOvers {

    static final String OWNER = "HAND_OVER";
    private static final int MAX_LISTED = 1000;

    public enum Status { PENDING, SIGNED }

    /** A hand-over, with the id of its record's latest PDF and who has signed it. */
    public record HandOver(long id, String unitCode, String from, String to, String by, Instant at, int tasks, int documents,
            int files, String note, String recordFileId, Status status, Instant giverSignedAt, Instant takerSignedAt,
            Instant sealedAt) {

        /** Whether {@code username} is the one handing over or the one taking over. */
        public boolean party(String username) {
            return from.equals(username) || to.equals(username);
        }

        /** Whether the record still waits for {@code username}'s signature. */
        public boolean awaits(String username) {
            return from.equals(username) && giverSignedAt == null || to.equals(username) && takerSignedAt == null;
        }
    }

    private final Workflows workflows;
    private final DocumentDesk documents;
    private final WorkFiles files;
    private final HandOverRows rows;
    private final Organization organization;
    private final UnitAccess access;
    private final PdfRenderer pdf;
    private final Signatures signatures;
    private final StoredFiles stored;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    HandOvers(Workflows workflows, DocumentDesk documents, WorkFiles files, HandOverRows rows, Organization organization,
            UnitAccess access, PdfRenderer pdf, Signatures signatures, StoredFiles stored, ApplicationEventPublisher events,
            Clock clock) {
        this.workflows = workflows;
        this.documents = documents;
        this.files = files;
        this.rows = rows;
        this.organization = organization;
        this.access = access;
        this.pdf = pdf;
        this.signatures = signatures;
        this.stored = stored;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public HandOver handOver(XasoUser admin, String fromUsername, String toUsername, String note) {
        Official from = organization.official(blank(fromUsername, "from"))
                .orElseThrow(() -> new InvalidInput("from", "organization.official.unknown"));
        Official to = organization.official(blank(toUsername, "to")).filter(Official::active)
                .orElseThrow(() -> new InvalidInput("to", "archive.handover.to-inactive"));
        if (from.username().equals(to.username())) {
            throw new InvalidInput("to", "archive.handover.self");
        }
        // both officials must be the administrator's: nobody moves another unit's work, in or out
        access.administered(admin, from.unitCode());
        String unit = access.administered(admin, to.unitCode());
        List<Task> tasks = workflows.openTasksOf(from.username(), MAX_LISTED);
        List<Document> work = documents.handOver(from.username(), to.username());
        List<WorkFile> kept = files.keptBy(from.username());
        int moved = workflows.reassignOpenTasks(from.username(), to.username());
        files.changeKeeper(from.username(), to.username());
        Instant now = clock.instant();
        String clean = note == null || note.isBlank() ? null : note.strip();
        long id = rows.insert(unit, from.username(), to.username(), admin.getUsername(), now, moved, work.size(), kept.size(), clean);
        byte[] paper = pdf.render(HandOverPaper.html(id, organization.requireUnit(unit).name(), from, to, admin, now, tasks, work,
                kept, clean));
        StoredFile file = stored.store(paper, fileName(id), OWNER, String.valueOf(id), OWNER, false, admin.getUsername());
        rows.record(id, file.id());
        events.publishEvent(AuditEvent.of("archive.hand-over", unit, "official", from.username(), null,
                Map.of("to", to.username(), "tasks", moved, "documents", work.size(), "files", kept.size())));
        // one who has left cannot sign: the administrator is asked to sign in their place
        events.publishEvent(new HandOverToSign(id, unit, from.active() ? from.username() : admin.getUsername(), true, now));
        events.publishEvent(new HandOverToSign(id, unit, to.username(), false, now));
        return rows.find(id).orElseThrow();
    }

    /**
     * One official's signature on the record, with their own confirmation; the second signature has the unit seal it.
     * 403 for anyone but the two officials, 409 once they have signed.
     */
    @Transactional
    public HandOver sign(XasoUser official, long id, String confirmation) {
        HandOver handOver = rows.lock(id).filter(h -> mayRead(official, h)).orElseThrow(() -> new NotFound("hand-over", id));
        String me = official.getUsername();
        Side side = side(official, handOver).orElseThrow(() -> handOver.party(me)
                ? new Conflict("archive.handover.signed-already") : new Forbidden("archive.handover.not-party"));
        String reference = "Biên bản bàn giao số " + id;
        SigningConsent consent = signatures.confirmRecord(me, confirmation, reference);
        byte[] record = stored.content(stored.find(UUID.fromString(handOver.recordFileId())).orElseThrow());
        byte[] signed = signatures.signPersonal(record, me, Placement.below(side.giver() ? HandOverPaper.GIVER : HandOverPaper.TAKER),
                consent);
        Instant now = clock.instant();
        rows.signed(id, side.giver(), store(id, signed, me), now);
        events.publishEvent(AuditEvent.of("archive.hand-over-signed", handOver.unitCode(), "hand-over", String.valueOf(id), null,
                (side.giver() ? "giver" : "taker") + (side.inPlaceOf() == null ? "" : ", in place of " + side.inPlaceOf())));
        if (handOver.giverSignedAt() != null || handOver.takerSignedAt() != null) {
            // the other side signed already: the unit's seal closes the record
            byte[] sealed = signatures.signOrganisation(signed, handOver.unitCode(), reference, Placement.WHERE_SIGNED);
            rows.sealed(id, store(id, sealed, me), now);
            events.publishEvent(new HandOverSealed(id, handOver.unitCode(), handOver.by(), handOver.from(), handOver.to(), now));
        }
        return rows.find(id).orElseThrow();
    }

    /** Whether the record waits for {@code user}'s signature: their own side's, or one they sign in the place of. */
    public boolean awaitsSignatureOf(XasoUser user, HandOver handOver) {
        return side(user, handOver).isPresent();
    }

    /** Which side {@code official} signs for, and in whose place when an administrator signs for one who has left. */
    private record Side(boolean giver, String inPlaceOf) {
    }

    /**
     * The side the user may sign now: their own, while unsigned; or, for an administrator of the unit, the unsigned
     * side of an official who can no longer sign (left: no longer active) — the record then carries the administrator's
     * signature in their place. Empty for anyone else.
     */
    private Optional<Side> side(XasoUser user, HandOver h) {
        String me = user.getUsername();
        if (h.party(me)) {
            return h.awaits(me) ? Optional.of(new Side(h.from().equals(me), null)) : Optional.empty();
        }
        if (access.canAdminister(user, h.unitCode())) {
            if (h.giverSignedAt() == null && departed(h.from())) {
                return Optional.of(new Side(true, h.from()));
            }
            if (h.takerSignedAt() == null && departed(h.to())) {
                return Optional.of(new Side(false, h.to()));
            }
        }
        return Optional.empty();
    }

    /** Whether the official can no longer sign for themselves: gone, or no longer active. */
    private boolean departed(String username) {
        return organization.official(username).filter(Official::active).isEmpty();
    }

    /** A hand-over its officials and the administrators of its unit may read; 404 for anyone else. */
    @Transactional(readOnly = true)
    public HandOver find(XasoUser user, long id) {
        return rows.find(id).filter(h -> mayRead(user, h)).orElseThrow(() -> new NotFound("hand-over", id));
    }

    /** The newest hand-overs the user is party to, administers or leads the unit of, the ones waiting for them first. */
    @Transactional(readOnly = true)
    public List<HandOver> visibleTo(XasoUser user) {
        boolean ofTheUnit = user.hasRole(Role.UNIT_ADMIN) || user.hasRole(Role.LEADER);
        List<HandOver> candidates = user.hasRole(Role.PROVINCE_ADMIN) ? rows.newest()
                : rows.of(user.getUsername(), ofTheUnit ? user.unitCode() : null);
        return candidates.stream().filter(h -> mayRead(user, h))
                .sorted((a, b) -> Boolean.compare(b.awaits(user.getUsername()), a.awaits(user.getUsername()))).toList();
    }

    boolean mayRead(XasoUser user, HandOver handOver) {
        return handOver.party(user.getUsername()) || access.canAdminister(user, handOver.unitCode())
                || user.hasRole(Role.LEADER) && handOver.unitCode().equals(user.unitCode());
    }

    private UUID store(long id, byte[] pdf, String by) {
        return stored.store(pdf, fileName(id), OWNER, String.valueOf(id), OWNER, true, by).id();
    }

    private static String fileName(long id) {
        return "bien-ban-ban-giao-" + id + ".pdf";
    }

    private static String blank(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidInput(field, "input.required", field);
        }
        return value.strip();
    }
}
