package vn.xaso.dossier.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.xaso.calendar.Timeliness;
import vn.xaso.dossier.Dossier;
import vn.xaso.dossier.DossierDesk;
import vn.xaso.dossier.DossierStatus;

/**
 * Anyone can follow a dossier with its code and the applicant's ID number; nothing without the right number, and no
 * guessing of numbers (20 lookups a minute from an address, five wrong numbers for a code: 429).
 */
@RestController
class PublicTrackingApi {

    private final DossierDesk desk;

    PublicTrackingApi(DossierDesk desk) {
        this.desk = desk;
    }

    @GetMapping("/api/v1/public/dossiers/{code}")
    Tracking track(@PathVariable String code, @RequestParam(required = false) String idNumber, HttpServletRequest request) {
        Dossier d = desk.track(code, idNumber, request.getRemoteAddr());
        return new Tracking(d.code(), d.procedureCode(), d.unitCode(), d.status(), d.status().portalCode(),
                DossierView.at(d.submittedAt()), DossierView.at(d.receivedAt()), DossierView.at(d.dueAt()),
                DossierView.at(d.finishedAt()), DossierView.at(d.returnedAt()), d.timeliness(), d.supplements().missing());
    }

    /** What the applicant may know: no names, no officials, no internal notes. */
    record Tracking(String code, String procedureCode, String unitCode, DossierStatus status, int portalStatus,
            OffsetDateTime submittedAt, OffsetDateTime receivedAt, OffsetDateTime dueAt, OffsetDateTime finishedAt,
            OffsetDateTime returnedAt, Timeliness timeliness, List<String> missing) {
    }
}
