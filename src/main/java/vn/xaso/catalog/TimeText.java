package vn.xaso.catalog;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.xaso.catalog.Procedure.Channel;
import vn.xaso.catalog.Procedure.ProcessingTime;
import vn.xaso.catalog.Sheet.ChannelTime;
import vn.xaso.catalog.Sheet.ToConfirm;

/**
 * The legal processing time as the national catalog writes it: {@code "15 Ngày làm việc"} (working days),
 * {@code "30 Ngày"} (calendar days), {@code "12 Giờ"} (working hours), per channel ({@code "Trực tuyến: 30 Ngày |
 * Trực tiếp: 30 Ngày làm việc"}), several for one channel (one per case), or a bare number whose unit the source does
 * not give. Nothing is assumed: a missing time, a missing unit or several times for one channel are left to an
 * administrator to confirm, and block receipt until then; times that differ per channel, or a second reading that
 * differs from the first (the newer wins), are shown for review.
 */
final class TimeText {

    static final String MISSING = "processingTime.missing";
    static final String UNIT = "processingTime.unit";
    static final String CASES = "processingTime.cases";
    static final String READINGS = "processingTime.readings";
    static final String CHANNELS = "processingTime.channels";

    /** The counter's time (null when still to confirm), the other channels' where they differ, and what to confirm. */
    record Reading(ProcessingTime counter, List<ChannelTime> times, List<ToConfirm> toConfirm) {
    }

    private static final Pattern SEGMENT = Pattern.compile("\\s*(?:(Trực tuyến|Trực tiếp|Dịch vụ bưu chính)\\s*:)?\\s*(.*)");
    private static final Pattern TIME = Pattern.compile("(\\d+(?:[.,]\\d+)?)\\s*(Ngày làm việc|Ngày|Giờ|\\[.*\\])?\\s*");
    private static final Pattern ANNOTATION = Pattern.compile("\\s*\\{.*}\\s*$");

    private TimeText() {
    }

    /** Reads the first reading and, when one was made, the newer second reading ({@code processing_time_checked}). */
    static Reading read(String first, String second) {
        Reading older = read(clean(first));
        if (clean(second).isEmpty()) {
            return older;
        }
        Reading newer = read(clean(second));
        if (Objects.equals(older.counter(), newer.counter()) && older.times().equals(newer.times())) {
            return older;
        }
        List<ToConfirm> toConfirm = new ArrayList<>(newer.toConfirm());
        toConfirm.add(0, new ToConfirm(READINGS, first.strip() + " → " + second.strip(), false));
        return new Reading(newer.counter(), newer.times(), toConfirm);
    }

    private static Reading read(String text) {
        List<ToConfirm> toConfirm = new ArrayList<>();
        if (text.isEmpty()) {
            toConfirm.add(new ToConfirm(MISSING, text, true));
            return new Reading(null, List.of(), toConfirm);
        }
        Map<Channel, Set<ProcessingTime>> byChannel = new EnumMap<>(Channel.class);
        Set<ProcessingTime> everyChannel = new LinkedHashSet<>();
        for (String segment : text.split("\\s*[|;]\\s*")) {
            Matcher m = SEGMENT.matcher(segment);
            if (!m.matches() || m.group(2).isBlank()) {
                continue;
            }
            ProcessingTime time = time(m.group(2).strip());
            if (time == null) {
                toConfirm.add(new ToConfirm(UNIT, text, true));
                return new Reading(null, List.of(), toConfirm);
            }
            Channel channel = channel(m.group(1));
            (channel == null ? everyChannel : byChannel.computeIfAbsent(channel, c -> new LinkedHashSet<>())).add(time);
        }
        if (everyChannel.size() > 1 || byChannel.values().stream().anyMatch(times -> times.size() > 1)) {
            toConfirm.add(new ToConfirm(CASES, text, true));
            return new Reading(null, List.of(), toConfirm);
        }
        if (everyChannel.isEmpty() && byChannel.isEmpty()) {
            toConfirm.add(new ToConfirm(MISSING, text, true));
            return new Reading(null, List.of(), toConfirm);
        }
        ProcessingTime counter = byChannel.containsKey(Channel.COUNTER) ? byChannel.get(Channel.COUNTER).iterator().next()
                : !everyChannel.isEmpty() ? everyChannel.iterator().next() : byChannel.values().iterator().next().iterator().next();
        List<ChannelTime> times = new ArrayList<>();
        byChannel.forEach((channel, set) -> {
            ProcessingTime time = set.iterator().next();
            if (!time.equals(counter)) {
                times.add(new ChannelTime(channel, time));
            }
        });
        if (!times.isEmpty()) {
            toConfirm.add(new ToConfirm(CHANNELS, text, false));
        }
        return new Reading(counter, times, toConfirm);
    }

    /** One time, or null when its unit is not given (or it is 0: "no time in the source"). */
    private static ProcessingTime time(String text) {
        Matcher m = TIME.matcher(text);
        if (!m.matches() || m.group(2) == null || m.group(2).startsWith("[")) {
            return null;
        }
        BigDecimal amount = new BigDecimal(m.group(1).replace(',', '.'));
        if (amount.signum() <= 0) {
            return null;
        }
        return switch (m.group(2)) {
            case "Ngày làm việc" -> new ProcessingTime(amount, null, null);
            case "Giờ" -> new ProcessingTime(null, amount, null);
            default -> amount.stripTrailingZeros().scale() <= 0 ? ProcessingTime.calendar(amount) : null;
        };
    }

    private static Channel channel(String name) {
        if (name == null) {
            return null;
        }
        return switch (name) {
            case "Trực tuyến" -> Channel.ONLINE;
            case "Dịch vụ bưu chính" -> Channel.POSTAL;
            default -> Channel.COUNTER;
        };
    }

    /** The text without the second reading's annotation ({@code {cases[]…}}). */
    private static String clean(String text) {
        return text == null ? "" : ANNOTATION.matcher(text).replaceAll("").strip();
    }
}
