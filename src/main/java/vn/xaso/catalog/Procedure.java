package vn.xaso.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.DecimalMax;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import vn.xaso.calendar.WorkingDuration;

/**
 * One version of an administrative procedure (thủ tục hành chính). {@code transferTo} names the unit that
 * resolves it when the commune only receives it (inter-agency, liên thông), with its own time budget.
 */
public record Procedure(String code, int version, String nationalCode, String name, String field, Level level,
        ProcessingTime processingTime, long fee, boolean fullyOnline, Set<Channel> channels, String resultName,
        List<Component> components, String transferTo, BigDecimal transferDays) {

    /** Whether citizens can submit it online. */
    public boolean offeredOnline() {
        return channels.contains(Channel.ONLINE);
    }

    public enum Level { COMMUNE, PROVINCE }

    public enum Channel { COUNTER, ONLINE, POSTAL }

    public enum CopyType { ORIGINAL, COPY, CERTIFIED_COPY, ORIGINAL_OR_COPY }

    /** A required (or optional) document of the dossier: thành phần hồ sơ. */
    public record Component(String name, CopyType copyType, int quantity, boolean required) {
    }

    /** The legal processing time: working days, working hours, or same day. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ProcessingTime(@DecimalMax("1000") BigDecimal workingDays, @DecimalMax("8000") BigDecimal workingHours,
            Boolean sameDay) {

        public static ProcessingTime days(int days) {
            return new ProcessingTime(BigDecimal.valueOf(days), null, null);
        }

        public static ProcessingTime hours(int hours) {
            return new ProcessingTime(null, BigDecimal.valueOf(hours), null);
        }

        public static ProcessingTime sameDayOnly() {
            return new ProcessingTime(null, null, true);
        }

        public WorkingDuration duration() {
            if (Boolean.TRUE.equals(sameDay)) {
                return WorkingDuration.sameDayProcedure();
            }
            return workingDays != null ? WorkingDuration.workingDays(workingDays) : WorkingDuration.workingHours(workingHours);
        }
    }
}
