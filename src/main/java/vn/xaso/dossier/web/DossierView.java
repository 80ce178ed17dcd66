package vn.xaso.dossier.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import vn.xaso.calendar.Timeliness;
import vn.xaso.catalog.Procedure.Channel;
import vn.xaso.dossier.Applicant;
import vn.xaso.dossier.ApplicantCheck;
import vn.xaso.dossier.Dossier;
import vn.xaso.dossier.Payment;
import vn.xaso.dossier.DossierComponent;
import vn.xaso.dossier.DossierDesk;
import vn.xaso.dossier.DossierFiles;
import vn.xaso.dossier.DossierStatus;
import vn.xaso.dossier.Receipt;
import vn.xaso.files.StoredFile;
import vn.xaso.workflow.Task;

/** A dossier as the API shows it (times at +07:00). */
record DossierView(String code, String procedureCode, int procedureVersion, String unitCode, String handlingUnit,
        Channel channel, ApplicantView applicant, DossierStatus status, int portalStatus, OffsetDateTime submittedAt,
        OffsetDateTime receivedAt, OffsetDateTime dueAt, OffsetDateTime finishedAt, OffsetDateTime returnedAt,
        Timeliness timeliness, int supplementCount, long pausedMinutes, boolean extended, List<String> missing,
        CurrentTask currentTask, List<DossierComponent> components, List<FileView> files, FileView resultFile,
        Channel returnChannel, Integer rating, int sets, Channel resultChannel, Integer registerBook, Integer registerLine,
        String resultReference, String portalCode, long feeDue, List<Payment> payments, List<String> warnings) {

    static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);

    /** The step the dossier waits on, who has it and when it is due. */
    record CurrentTask(String step, String stepName, String unitCode, String assignee, String role, OffsetDateTime dueAt) {
    }

    /**
     * The applicant with the check against the population database: {@code verified} true (matches), false (differs
     * in {@code differences}) or null (not checked yet).
     */
    record ApplicantView(String fullName, String idNumber, LocalDate birthDate, String phone, String email, String address,
            boolean zalo, Boolean verified, List<String> differences, OffsetDateTime checkedAt) {

        static ApplicantView of(Applicant a, ApplicantCheck check) {
            return new ApplicantView(a.fullName(), a.idNumber(), a.birthDate(), a.phone(), a.email(), a.address(),
                    a.prefersZalo(), check.verified(), check.differences(), at(check.checkedAt()));
        }
    }

    /** An attached file, and the component it is the electronic copy of (if any). */
    record FileView(String id, String name, String kind, Boolean signed, String component) {

        static FileView of(StoredFile f, List<DossierComponent> components) {
            String id = f.id().toString();
            String component = components.stream().filter(c -> id.equals(c.copyFileId())).map(DossierComponent::name)
                    .findFirst().orElse(null);
            return new FileView(id, f.name(), f.kind(), f.signed(), component);
        }
    }

    static DossierView of(Dossier d, DossierDesk desk, DossierFiles dossierFiles, List<String> warnings) {
        List<DossierComponent> components = desk.components(d.code());
        List<FileView> files = dossierFiles.of(d.code()).stream().map(f -> FileView.of(f, components)).toList();
        FileView result = files.stream().filter(f -> f.kind().equals("RESULT")).reduce((a, b) -> b).orElse(null);
        Task task = desk.openTask(d).orElse(null);
        CurrentTask current = task == null ? null : new CurrentTask(task.stepKey(), task.stepName(), task.unitCode(),
                task.assignee(), task.role().name(), at(task.dueAt()));
        Receipt.RegisterLine line = d.receipt().line();
        return new DossierView(d.code(), d.procedureCode(), d.procedureVersion(), d.unitCode(), d.handlingUnit(),
                d.channel(), ApplicantView.of(d.applicant(), d.intake().check()), d.status(), d.status().portalCode(),
                at(d.submittedAt()), at(d.receivedAt()), at(d.dueAt()), at(d.finishedAt()), at(d.returnedAt()), d.timeliness(), d.supplements().count(),
                desk.pausedMinutes(d), d.appointment().extended(), d.supplements().missing(), current,
                components, files, result, d.outcome().returnChannel(),
                d.rating() == null ? null : d.rating().score(), d.intake().sets(), d.intake().resultChannel(),
                line == null ? null : line.book(), line == null ? null : line.line(), d.outcome().resultReference(),
                d.intake().portalCode(), desk.feeDue(d), desk.payments(d), warnings);
    }

    /** A dossier in a list: what a list shows, read from the dossier row alone (no per-item queries). */
    record Summary(String code, String procedureCode, String unitCode, String handlingUnit, Channel channel,
            String applicantName, DossierStatus status, int portalStatus, OffsetDateTime submittedAt,
            OffsetDateTime receivedAt, OffsetDateTime dueAt, OffsetDateTime finishedAt, OffsetDateTime returnedAt,
            Timeliness timeliness, int supplementCount) {

        static Summary of(Dossier d) {
            return new Summary(d.code(), d.procedureCode(), d.unitCode(), d.handlingUnit(), d.channel(),
                    d.applicant().fullName(), d.status(), d.status().portalCode(), at(d.submittedAt()), at(d.receivedAt()),
                    at(d.dueAt()), at(d.finishedAt()), at(d.returnedAt()), d.timeliness(), d.supplements().count());
        }
    }

    static OffsetDateTime at(Instant instant) {
        return instant == null ? null : instant.atOffset(VIETNAM);
    }
}
