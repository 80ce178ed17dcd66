package vn.xaso.reporting.web;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import vn.xaso.reporting.Reports;

/** An overdue dossier as the API shows it (times at +07:00). */
record OverdueView(String code, String unitCode, String procedureCode, OffsetDateTime receivedAt, OffsetDateTime dueAt) {

    static OverdueView of(Reports.Overdue o) {
        ZoneOffset vietnam = ZoneOffset.ofHours(7);
        return new OverdueView(o.code(), o.unitCode(), o.procedureCode(), o.receivedAt().atOffset(vietnam),
                o.dueAt().atOffset(vietnam));
    }
}
