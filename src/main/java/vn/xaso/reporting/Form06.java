package vn.xaso.reporting;

import java.time.LocalDate;
import java.util.List;

/**
 * Biểu 06 for a unit and a period: one row per field, unit or procedure, and the total.
 *
 * @param unit    the unit reported on (a commune, a department or the province)
 * @param groupBy FIELD, UNIT or PROCEDURE
 */
public record Form06(String unit, String unitName, LocalDate from, LocalDate to, String groupBy, List<Row> rows,
        Figures total) {

    /** One row: its key (the field, unit code or procedure code), its name and its figures. */
    public record Row(String key, String name, Figures.Received received, Figures.Resolved resolved,
            Figures.Pending pending, long withdrawn) {

        Figures figures() {
            return new Figures(received, resolved, pending, withdrawn);
        }
    }
}
