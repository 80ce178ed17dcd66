package vn.xaso.reporting;

import java.time.LocalDate;

/** One month of the trend: dossiers received (and of them online), and those resolved early, on time or late. */
public record MonthFigures(LocalDate month, long received, long online, long early, long onTime, long late) {
}
