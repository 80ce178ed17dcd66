package vn.xaso.catalog;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.DecimalMax;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import vn.xaso.calendar.WorkingDuration;

/**
 * One version of an administrative procedure (thủ tục hành chính). {@code transferTo} names the unit that
 * resolves it when the commune only receives it (inter-agency, liên thông), with its own time budget.
 * {@code processingTime} is the time at the counter (null while the source's time is still to confirm); the
 * {@link Sheet} holds what the national catalog publishes beyond it: the time per channel, the fee schedule, the
 * legal basis and where each fact comes from.
 */
public record Procedure(String code, int version, String nationalCode, String name, String field, Level level,
        ProcessingTime processingTime, @JsonIgnore long fee, boolean fullyOnline, Set<Channel> channels, String resultName,
        List<Component> components, String transferTo, BigDecimal transferDays, @JsonIgnore Sheet sheet) {

    /** A procedure of xaso's own (the demo's six): no national sheet beyond its fields. */
    public Procedure(String code, int version, String nationalCode, String name, String field, Level level,
            ProcessingTime processingTime, long fee, boolean fullyOnline, Set<Channel> channels, String resultName,
            List<Component> components, String transferTo, BigDecimal transferDays) {
        this(code, version, nationalCode, name, field, level, processingTime, fee, fullyOnline, channels, resultName,
                components, transferTo, transferDays, Sheet.of(fee));
    }

    /** The legal time of each channel it is offered on (none while the time is to confirm). */
    @JsonProperty("processingTimes")
    public List<TimeOnChannel> processingTimes() {
        if (processingTime == null) {
            return List.of();
        }
        return channels.stream().sorted().map(channel -> TimeOnChannel.of(channel, processingTime(channel))).toList();
    }

    /** A channel's legal time, as the API shows it: {@code {channel, workingDays | calendarDays | workingHours | sameDay}}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record TimeOnChannel(Channel channel, BigDecimal workingDays, BigDecimal calendarDays, BigDecimal workingHours,
            Boolean sameDay) {

        static TimeOnChannel of(Channel channel, ProcessingTime time) {
            return new TimeOnChannel(channel, time.workingDays(), time.calendarDays(), time.workingHours(), time.sameDay());
        }
    }

    /** The fee schedule (the amount at the counter, for one unit, is {@link #fee()}). */
    @JsonProperty("fee")
    public Fee feeSchedule() {
        return sheet.fee();
    }

    @JsonProperty("legalBasis")
    public String legalBasis() {
        return sheet.legalBasis();
    }

    @JsonProperty("decision")
    public String decision() {
        return sheet.decision();
    }

    @JsonProperty("source")
    public String source() {
        return sheet.source();
    }

    @JsonProperty("toConfirm")
    public List<Sheet.ToConfirm> toConfirm() {
        return sheet.toConfirm();
    }

    /** Whether citizens can submit it online. */
    public boolean offeredOnline() {
        return channels.contains(Channel.ONLINE);
    }

    /** The legal time for a dossier handed in on {@code channel}: that channel's own, else the counter's. */
    public ProcessingTime processingTime(Channel channel) {
        return sheet.times().stream().filter(t -> t.channel() == channel).map(Sheet.ChannelTime::time).findFirst()
                .orElse(processingTime);
    }

    /** Whether a dossier can be received under this version: its time is known (nothing blocking left to confirm). */
    @JsonIgnore
    public boolean receivable() {
        return processingTime != null && sheet.toConfirm().stream().noneMatch(Sheet.ToConfirm::blocksReceipt);
    }

    public enum Level { COMMUNE, PROVINCE }

    public enum Channel { COUNTER, ONLINE, POSTAL }

    public enum CopyType { ORIGINAL, COPY, CERTIFIED_COPY, ORIGINAL_OR_COPY }

    /**
     * A document of the dossier (thành phần hồ sơ). {@code group} is the heading it stands under in the catalog
     * ("Trường hợp ủy quyền…": the case it belongs to, one of the choices); {@code presentOnly} when it is only shown
     * for comparison (giấy tờ phải xuất trình) and not kept; {@code description} the catalog's full text when the
     * name is only its first clause.
     */
    public record Component(String name, CopyType copyType, int quantity, boolean required,
            @JsonInclude(JsonInclude.Include.NON_NULL) String group, @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean presentOnly,
            @JsonInclude(JsonInclude.Include.NON_NULL) String description) {

        public Component(String name, CopyType copyType, int quantity, boolean required) {
            this(name, copyType, quantity, required, null, false, null);
        }
    }

    /**
     * The legal processing time: working days, calendar days ("Ngày" without "làm việc"), working hours, or same day.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ProcessingTime(@DecimalMax("1000") BigDecimal workingDays, @DecimalMax("8000") BigDecimal workingHours,
            Boolean sameDay, @DecimalMax("3000") BigDecimal calendarDays) {

        public ProcessingTime(BigDecimal workingDays, BigDecimal workingHours, Boolean sameDay) {
            this(workingDays, workingHours, sameDay, null);
        }

        public static ProcessingTime days(int days) {
            return new ProcessingTime(BigDecimal.valueOf(days), null, null);
        }

        public static ProcessingTime hours(int hours) {
            return new ProcessingTime(null, BigDecimal.valueOf(hours), null);
        }

        public static ProcessingTime sameDayOnly() {
            return new ProcessingTime(null, null, true);
        }

        public static ProcessingTime calendar(BigDecimal days) {
            return new ProcessingTime(null, null, null, days);
        }

        public WorkingDuration duration() {
            if (Boolean.TRUE.equals(sameDay)) {
                return WorkingDuration.sameDayProcedure();
            }
            if (calendarDays != null) {
                return WorkingDuration.calendarDays(calendarDays.intValueExact());
            }
            return workingDays != null ? WorkingDuration.workingDays(workingDays) : WorkingDuration.workingHours(workingHours);
        }

        /** How many of the four ways of stating a time are given (exactly one is valid). */
        int given() {
            return (workingDays != null ? 1 : 0) + (workingHours != null ? 1 : 0) + (Boolean.TRUE.equals(sameDay) ? 1 : 0)
                    + (calendarDays != null ? 1 : 0);
        }
    }
}
