package vn.xaso.catalog;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** A procedure's time and fee in the reader's words, one line each, for the guide page and the counter. */
@Component("procedureTexts")
public class ProcedureTexts {

    private final MessageSource messages;

    ProcedureTexts(MessageSource messages) {
        this.messages = messages;
    }

    /** "Trực tiếp tại quầy: 5 ngày làm việc", one line per channel; one line when all channels share a time. */
    public List<String> times(Procedure p) {
        if (p.processingTime() == null) {
            return List.of(text("guide.time.toConfirm"));
        }
        if (p.processingTimes().stream().allMatch(t -> p.processingTime(t.channel()).equals(p.processingTime()))) {
            return List.of(time(p.processingTime()));
        }
        return p.processingTimes().stream().map(t -> text("guide.time.channel", text("channel." + t.channel()),
                time(p.processingTime(t.channel())))).toList();
    }

    public String time(Procedure.ProcessingTime t) {
        if (t == null) {
            return text("guide.time.toConfirm");
        }
        if (Boolean.TRUE.equals(t.sameDay())) {
            return text("intake.sameDay");
        }
        if (t.calendarDays() != null) {
            return text("intake.calendarDays", t.calendarDays().toPlainString());
        }
        return t.workingDays() != null ? text("intake.days", t.workingDays().toPlainString())
                : text("intake.hours", t.workingHours().toPlainString());
    }

    /** "Lệ phí: 8.000 đồng", a rate per page with its lower rate and cap, then each exemption or reduction. */
    public List<String> fee(Procedure p) {
        Fee fee = p.feeSchedule();
        List<String> lines = new ArrayList<>();
        String kind = text("guide.fee.kind." + fee.kind());
        if (fee.kind() == Fee.Kind.FREE || fee.amount() == null) {
            lines.add(text("guide.fee.kind.FREE"));
        } else if (fee.perUnit() == null) {
            lines.add(text("guide.fee.amount", kind, money(fee.amount())));
        } else {
            StringBuilder line = new StringBuilder(text("guide.fee.perUnit", kind, money(fee.amount()), fee.perUnit()));
            if (fee.reducedFrom() != null) {
                line.append("; ").append(text("guide.fee.reduced", fee.perUnit(), fee.reducedFrom(), money(fee.reducedAmount())));
            }
            if (fee.cap() != null) {
                line.append("; ").append(text("guide.fee.cap", money(fee.cap())));
            }
            lines.add(line.toString());
        }
        fee.exemptions().forEach(e -> lines.add(text("guide.fee.exemption", e.reason(),
                e.amount() == 0 ? text("guide.fee.exempt") : text("guide.fee.reducedTo", money(e.amount())))));
        return lines;
    }

    private static String money(long amount) {
        return NumberFormat.getIntegerInstance(Locale.forLanguageTag("vi-VN")).format(amount);
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
