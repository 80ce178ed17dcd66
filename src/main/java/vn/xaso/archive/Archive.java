package vn.xaso.archive;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.xaso.api.Conflict;
import vn.xaso.api.Forbidden;
import vn.xaso.api.InvalidInput;
import vn.xaso.api.NotFound;
import vn.xaso.api.Refusal;
import vn.xaso.audit.AuditEvent;
import vn.xaso.document.ArchivedDocuments;
import vn.xaso.document.Document;
import vn.xaso.document.DocumentDesk;
import vn.xaso.dossier.Dossier;
import vn.xaso.dossier.DossierDesk;
import vn.xaso.identity.UnitAccess;
import vn.xaso.identity.XasoUser;
import vn.xaso.organization.Organization;
import vn.xaso.organization.Role;

/**
 * The archive module's published API: a unit's list of work files, what goes in them, closing, transfer to the agency
 * archive (read-only afterwards, 409 on any change), the 30-day transfer alerts and destruction proposals.
 */
@Service
public class Archive implements ArchivedDocuments {

    /** Files kept this many years or more (or permanently) go to the agency archive within a year of closing. */
    static final int ARCHIVE_FROM_YEARS = 5;
    static final int ALERT_DAYS = 30;

    private final WorkFiles files;
    private final DocumentDesk documents;
    private final DossierDesk dossiers;
    private final Organization organization;
    private final UnitAccess access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Archive(WorkFiles files, DocumentDesk documents, DossierDesk dossiers, Organization organization, UnitAccess access,
            ApplicationEventPublisher events, Clock clock) {
        this.files = files;
        this.documents = documents;
        this.dossiers = dossiers;
        this.organization = organization;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    /** A new entry in the unit's list of files for a year. */
    public record NewWorkFile(@Size(max = 32) String code, @Size(max = 500) String title,
            @Min(2000) @Max(2199) Integer year, @Min(1) @Max(100) Integer retentionYears, Boolean permanent,
            @Size(max = 64) String keeper) {
    }

    @Transactional
    public WorkFile create(XasoUser user, NewWorkFile in) {
        String unit = user.unitCode();
        requireKeeperRole(user, unit);
        String code = required(in.code(), "code", 32).toUpperCase(Locale.ROOT);
        String title = required(in.title(), "title", 500);
        int year = in.year() == null ? today().getYear() : in.year();
        if (year < 2000 || year > 2100) {
            throw new InvalidInput("year", "input.year", "2000", "2100");
        }
        Integer retention = retention(in.retentionYears(), in.permanent());
        String keeper = keeper(unit, in.keeper() == null || in.keeper().isBlank() ? user.getUsername() : in.keeper());
        if (files.exists(unit, year, code)) {
            throw new Conflict("archive.file.exists", String.valueOf(year), code);
        }
        WorkFile file = new WorkFile(0, unit, year, code, title, retention, keeper, WorkFile.Status.OPEN, today(), null, null,
                null, null, user.getUsername(), clock.instant(), 0);
        WorkFile created = files.find(files.insert(file)).orElseThrow();
        audit("archive.file-created", created, null);
        return created;
    }

    /** Title, retention or keeper of a file not yet in the archive. */
    @Transactional
    public WorkFile update(XasoUser user, long id, String title, Integer retentionYears, Boolean permanent, String keeper) {
        WorkFile f = writable(user, id);
        Integer retention = retentionYears == null && permanent == null ? f.retentionYears() : retention(retentionYears, permanent);
        WorkFile changed = new WorkFile(f.id(), f.unitCode(), f.year(), f.code(), title == null ? f.title() : required(title, "title", 500),
                retention, keeper == null ? f.keeper() : keeper(f.unitCode(), keeper), f.status(), f.openedOn(), f.closedOn(),
                transferDue(f.closedOn(), retention), null, null, f.createdBy(), f.createdAt(), f.version());
        files.update(changed);
        audit("archive.file-changed", changed, f);
        return get(user, id);
    }

    public WorkFile get(XasoUser user, long id) {
        WorkFile f = files.find(id).orElseThrow(() -> new NotFound("Work file", id));
        if (!access.canRead(user, f.unitCode())) {
            throw new NotFound("Work file", id);
        }
        return f;
    }

    public List<WorkFile.Item> items(WorkFile f) {
        return files.items(f.id());
    }

    public List<WorkFile> list(XasoUser user, String unitCode, Integer year, WorkFile.Status status) {
        String unit = unitCode == null || unitCode.isBlank() ? user.unitCode() : unitCode.strip();
        if (unit == null || !access.canRead(user, unit)) {
            throw new Forbidden("archive.forbidden", unit);
        }
        return files.ofUnit(unit, year, status);
    }

    /** Puts a document ({@code DOCUMENT}, its id) or a dossier ({@code DOSSIER}, its code) of the unit in an open file. */
    @Transactional
    public WorkFile addItem(XasoUser user, long id, String kind, String ref) {
        WorkFile f = lockedFor(user, id);
        if (f.status() != WorkFile.Status.OPEN) {
            throw new Conflict("archive.file.not-open", f.code(), Refusal.term("archive.status." + f.status()));
        }
        String which = kind == null ? "" : kind.strip().toUpperCase(Locale.ROOT);
        String title = switch (which) {
            case "DOCUMENT" -> {
                Document d = documents.get(user, documentId(ref));
                if (!d.unitCode().equals(f.unitCode())) {
                    throw new InvalidInput("ref", "archive.item.document-unit");
                }
                yield d.typeName() + (d.reference().text() == null ? "" : " " + d.reference().text()) + ": " + d.subject();
            }
            case "DOSSIER" -> {
                Dossier d = dossiers.get(user, required(ref, "ref", 64));
                if (!f.unitCode().equals(d.unitCode()) && !f.unitCode().equals(d.handlingUnit())) {
                    throw new InvalidInput("ref", "archive.item.dossier-unit");
                }
                yield "Hồ sơ " + d.code() + " — " + d.applicant().fullName();
            }
            default -> throw new InvalidInput("kind", "archive.item.kind");
        };
        files.addItem(f.id(), new WorkFile.Item(which, ref.strip(), title.length() > 700 ? title.substring(0, 700) : title,
                user.getUsername(), clock.instant()));
        audit("archive.item-added", f, null);
        return f;
    }

    @Transactional
    public WorkFile removeItem(XasoUser user, long id, String kind, String ref) {
        WorkFile f = lockedFor(user, id);
        if (f.status() != WorkFile.Status.OPEN) {
            throw new Conflict("archive.file.fixed", f.code(), Refusal.term("archive.status." + f.status()));
        }
        if (!files.removeItem(f.id(), kind == null ? "" : kind.toUpperCase(Locale.ROOT), ref)) {
            throw new NotFound("Item", kind + " " + ref);
        }
        audit("archive.item-removed", f, null);
        return f;
    }

    /** The work has ended: the file is closed; if it is kept 5 years or more, its transfer is due within a year. */
    @Transactional
    public WorkFile close(XasoUser user, long id) {
        WorkFile f = writable(user, id);
        if (f.status() != WorkFile.Status.OPEN) {
            throw new Conflict("archive.file.already", f.code(), Refusal.term("archive.status." + f.status()));
        }
        LocalDate today = today();
        files.update(new WorkFile(f.id(), f.unitCode(), f.year(), f.code(), f.title(), f.retentionYears(), f.keeper(),
                WorkFile.Status.CLOSED, f.openedOn(), today, transferDue(today, f.retentionYears()), null, null, f.createdBy(),
                f.createdAt(), f.version()));
        audit("archive.file-closed", f, null);
        return get(user, id);
    }

    /** Hands a closed file to the agency archive; from then on it and its list of contents are read-only. */
    @Transactional
    public WorkFile transfer(XasoUser user, long id) {
        WorkFile f = writable(user, id);
        if (f.status() != WorkFile.Status.CLOSED) {
            throw new Conflict("archive.transfer.not-closed", f.code(), Refusal.term("archive.status." + f.status()));
        }
        if (f.retentionYears() != null && f.retentionYears() < ARCHIVE_FROM_YEARS) {
            throw new Conflict("archive.transfer.kept", f.code(), String.valueOf(f.retentionYears()));
        }
        files.update(new WorkFile(f.id(), f.unitCode(), f.year(), f.code(), f.title(), f.retentionYears(), f.keeper(),
                WorkFile.Status.TRANSFERRED, f.openedOn(), f.closedOn(), f.transferDue(), clock.instant(), user.getUsername(),
                f.createdBy(), f.createdAt(), f.version()));
        audit("archive.file-transferred", f, null);
        return get(user, id);
    }

    /** Closed files whose transfer to the archive is due within 30 days, or overdue. */
    public List<WorkFile> transferAlerts(XasoUser user, String unitCode) {
        String unit = readable(user, unitCode);
        return files.transferDue(unit, today().plusDays(ALERT_DAYS));
    }

    /**
     * The files whose retention has expired: a proposal for the destruction council to review. Nothing is deleted;
     * the archive keeps every file until a decision is recorded elsewhere.
     */
    public List<WorkFile> destructionProposal(XasoUser user, String unitCode, LocalDate asOf) {
        String unit = readable(user, unitCode);
        return files.retentionExpired(unit, asOf == null ? today() : asOf);
    }

    @Override
    public boolean isArchived(long documentId) {
        return files.isArchived("DOCUMENT", String.valueOf(documentId));
    }

    private String readable(XasoUser user, String unitCode) {
        String unit = unitCode == null || unitCode.isBlank() ? user.unitCode() : unitCode.strip();
        if (unit == null || !access.canRead(user, unit)) {
            throw new Forbidden("archive.forbidden", unit);
        }
        return unit;
    }

    /** The file, locked, for someone of its unit; a transferred file answers 409 to any change. */
    private WorkFile lockedFor(XasoUser user, long id) {
        get(user, id);
        WorkFile f = files.lock(id);
        if (!f.unitCode().equals(user.unitCode()) || user.isCitizen()) {
            throw new Forbidden("archive.officials-only");
        }
        if (f.status() == WorkFile.Status.TRANSFERRED) {
            throw new Conflict("archive.file.in-archive", f.code());
        }
        return f;
    }

    private WorkFile writable(XasoUser user, long id) {
        WorkFile f = lockedFor(user, id);
        requireKeeperRole(user, f.unitCode());
        return f;
    }

    private static void requireKeeperRole(XasoUser user, String unit) {
        boolean allowed = unit != null && unit.equals(user.unitCode())
                && (user.hasRole(Role.CLERK) || user.hasRole(Role.LEADER) || user.hasRole(Role.UNIT_ADMIN));
        if (!allowed) {
            throw new Forbidden("archive.list.keeper-role");
        }
    }

    private String keeper(String unit, String username) {
        return organization.official(username.strip()).filter(o -> o.active() && o.unitCode().equals(unit))
                .orElseThrow(() -> new InvalidInput("keeper", "organization.official.not-active", username.strip()))
                .username();
    }

    private static Integer retention(Integer years, Boolean permanent) {
        if (Boolean.TRUE.equals(permanent)) {
            return null;
        }
        if (years == null) {
            throw new InvalidInput("retentionYears", "archive.retention.required");
        }
        if (years < 1 || years > 100) {
            throw new InvalidInput("retentionYears", "archive.retention.range");
        }
        return years;
    }

    private static LocalDate transferDue(LocalDate closedOn, Integer retention) {
        if (closedOn == null || retention != null && retention < ARCHIVE_FROM_YEARS) {
            return null;
        }
        return closedOn.plusYears(1);
    }

    private static long documentId(String ref) {
        try {
            return Long.parseLong(required(ref, "ref", 20));
        } catch (NumberFormatException e) {
            throw new InvalidInput("ref", "archive.item.document-id");
        }
    }

    private static String required(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            throw new InvalidInput(field, "input.required", field);
        }
        if (value.strip().length() > max) {
            throw new InvalidInput(field, "input.too-long", field, String.valueOf(max));
        }
        return value.strip();
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), Organization.ZONE);
    }

    private void audit(String action, WorkFile f, Object before) {
        events.publishEvent(AuditEvent.of(action, f.unitCode(), "work-file", String.valueOf(f.id()), before,
                java.util.Map.of("code", f.code(), "title", f.title())));
    }
}
