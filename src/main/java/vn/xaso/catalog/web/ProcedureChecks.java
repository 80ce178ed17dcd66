package vn.xaso.catalog.web;

import java.util.List;
import vn.xaso.api.InvalidInput;
import vn.xaso.catalog.Fee;
import vn.xaso.catalog.Procedure;
import vn.xaso.catalog.Sheet;

/** What an administrator gives for a procedure's time and fee, checked the same way wherever it is given. */
final class ProcedureChecks {

    private ProcedureChecks() {
    }

    /** Exactly one way of stating a time, greater than 0 (whole days when in calendar days). */
    static void time(String field, Procedure.ProcessingTime time) {
        boolean positive = (time.workingDays() == null || time.workingDays().signum() > 0)
                && (time.workingHours() == null || time.workingHours().signum() > 0)
                && (time.calendarDays() == null || (time.calendarDays().signum() > 0 && time.calendarDays().stripTrailingZeros().scale() <= 0));
        int given = (time.workingDays() != null ? 1 : 0) + (time.workingHours() != null ? 1 : 0)
                + (Boolean.TRUE.equals(time.sameDay()) ? 1 : 0) + (time.calendarDays() != null ? 1 : 0);
        if (given != 1 || !positive) {
            throw new InvalidInput(field, "catalog.time.one");
        }
    }

    /** A schedule that says what to collect: an amount unless free; a rate per unit for a reduced rate or a cap. */
    static void fee(Fee fee) {
        boolean free = fee.kind() == Fee.Kind.FREE;
        boolean amounts = fee.amount() == null ? free : fee.amount() > 0 && !free;
        boolean perUnit = fee.perUnit() != null || (fee.reducedFrom() == null && fee.reducedAmount() == null && fee.cap() == null);
        boolean reduced = (fee.reducedFrom() == null) == (fee.reducedAmount() == null)
                && (fee.reducedFrom() == null || (fee.reducedFrom() > 1 && fee.reducedAmount() >= 0));
        boolean cap = fee.cap() == null || (fee.amount() != null && fee.cap() >= fee.amount());
        boolean exemptions = fee.exemptions().stream().allMatch(e -> e.reason() != null && !e.reason().isBlank()
                && e.amount() >= 0 && (fee.amount() == null || e.amount() < fee.amount()));
        if (fee.kind() == null || !amounts || !perUnit || !reduced || !cap || !exemptions) {
            throw new InvalidInput("fee", "catalog.fee.invalid");
        }
    }

    /** Each channel's own time, checked; a time equal to the counter's is dropped; a channel at most once. */
    static List<Sheet.ChannelTime> channelTimes(List<Sheet.ChannelTime> given, Procedure.ProcessingTime counter) {
        List<Sheet.ChannelTime> times = given == null ? List.of() : given.stream().filter(t -> !t.time().equals(counter)).toList();
        for (int i = 0; i < times.size(); i++) {
            time("processingTimes[" + i + "].time", times.get(i).time());
        }
        if (times.stream().map(Sheet.ChannelTime::channel).distinct().count() != times.size()) {
            throw new InvalidInput("processingTimes", "catalog.time.channel-twice");
        }
        return times;
    }
}
