package vn.xaso.notification;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import vn.xaso.catalog.Catalog;
import vn.xaso.catalog.Procedure;
import vn.xaso.dossier.Applicant;
import vn.xaso.dossier.DeadlineExtended;
import vn.xaso.dossier.Dossier;
import vn.xaso.dossier.DossierDesk;
import vn.xaso.dossier.DossierEvent;
import vn.xaso.dossier.DossierFinished;
import vn.xaso.dossier.DossierReceived;
import vn.xaso.dossier.DossierStatus;
import vn.xaso.dossier.Money;
import vn.xaso.dossier.PaymentAwaited;
import vn.xaso.dossier.SupplementRequested;
import vn.xaso.organization.Organization;
import vn.xaso.organization.Unit;

/**
 * Tells the applicant what happened to their dossier — received, a fee to pay, a supplement asked, an apology with a
 * new date, refused, the result ready — by SMS (or Zalo, if they chose it) and by e-mail when they gave one: queued in the
 * dossier's own transaction, so a notice goes exactly when the change is committed, and only to that dossier's
 * applicant; only on the channels set up now.
 */
@Component
class CitizenNotices {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy").withZone(Organization.ZONE);

    private final DossierDesk desk;
    private final Catalog catalog;
    private final Organization organization;
    private final NoticeTexts texts;
    private final Notifications notifications;
    private final NoticeChannels channels;
    private final Environment environment;
    private final JsonMapper json;

    CitizenNotices(DossierDesk desk, Catalog catalog, Organization organization, NoticeTexts texts,
            Notifications notifications, NoticeChannels channels, Environment environment, JsonMapper json) {
        this.channels = channels;
        this.desk = desk;
        this.catalog = catalog;
        this.organization = organization;
        this.texts = texts;
        this.notifications = notifications;
        this.environment = environment;
        this.json = json;
    }

    @EventListener
    void on(DossierEvent event) {
        Optional<Notice> notice = noticeOf(event);
        if (notice.isEmpty()) {
            return;
        }
        desk.find(event.code()).ifPresent(dossier -> tell(dossier, notice.get(), values(dossier, event), event));
    }

    private static Optional<Notice> noticeOf(DossierEvent event) {
        if (event instanceof DossierReceived) {
            return Optional.of(Notice.RECEIVED);
        }
        if (event instanceof SupplementRequested) {
            return Optional.of(Notice.SUPPLEMENT);
        }
        if (event instanceof DeadlineExtended) {
            return Optional.of(Notice.APOLOGY);
        }
        if (event instanceof PaymentAwaited) {
            return Optional.of(Notice.PAYMENT_DUE);
        }
        if (event instanceof DossierFinished finished) {
            if (finished.status() == DossierStatus.DONE) {
                return Optional.of(Notice.RESULT_READY);
            }
            if (finished.status() == DossierStatus.REFUSED) {
                return Optional.of(Notice.REFUSED);
            }
            if (finished.status() == DossierStatus.STOPPED) {
                return Optional.of(Notice.STOPPED);
            }
        }
        return Optional.empty();
    }

    /** What the texts are filled with: the dossier's own facts and the happening's. */
    private Map<String, String> values(Dossier dossier, DossierEvent event) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("unit", organization.unit(dossier.unitCode()).map(Unit::name).orElse(dossier.unitCode()));
        values.put("code", dossier.code());
        values.put("procedure", catalog.version(dossier.procedureCode(), dossier.procedureVersion()).name());
        values.put("name", dossier.applicant().fullName());
        values.put("link", environment.getProperty("xaso.public-url", "http://localhost:8080") + "/portal/track?code=" + dossier.code());
        if (event instanceof DossierReceived received) {
            values.put("appointment", WHEN.format(received.dueAt()));
        } else if (event instanceof SupplementRequested supplement) {
            values.put("missing", supplement.missing().isEmpty() ? supplement.reason() : String.join(", ", supplement.missing()));
            values.put("reason", supplement.reason());
            values.put("until", supplement.until() == null ? "sớm" : "trước ngày " + DAY.format(supplement.until()));
        } else if (event instanceof DeadlineExtended extended) {
            values.put("newDate", WHEN.format(extended.newDueAt()));
            values.put("reason", extended.reason());
        } else if (event instanceof PaymentAwaited awaited) {
            values.put("amount", Money.figures(awaited.amount()));
            // paid from the citizen's own dossier page, not the public tracking page
            values.put("link", environment.getProperty("xaso.public-url", "http://localhost:8080") + "/portal/dossiers/"
                    + dossier.code());
        } else if (event instanceof DossierFinished finished) {
            values.put("reason", finished.reason() == null ? "" : finished.reason());
            values.put("where", where(dossier, environment.getProperty("xaso.public-url", "http://localhost:8080")
                    + "/portal/dossiers/" + dossier.code()));
        }
        return values;
    }

    /** Where the applicant gets the result: online on their dossier's page (the signed file), by post, or at the counter. */
    private static String where(Dossier dossier, String link) {
        Procedure.Channel channel = dossier.intake().resultChannel();
        if (channel == Procedure.Channel.ONLINE) {
            return "Ông/bà tải kết quả (bản điện tử có chữ ký số) tại: " + link;
        }
        if (channel == Procedure.Channel.POSTAL) {
            return "Kết quả được gửi đến ông/bà qua bưu điện.";
        }
        return "Mời ông/bà đến bộ phận một cửa nhận kết quả, mang theo giấy tiếp nhận hồ sơ.";
    }

    private void tell(Dossier dossier, Notice notice, Map<String, String> values, DossierEvent event) {
        Applicant applicant = dossier.applicant();
        String key = dossier.code() + ":" + notice + ":" + event.at().toEpochMilli();
        Instant at = event.at();
        Optional<Channel> byPhone = channels.forPhone(applicant.prefersZalo());
        if (applicant.phone() != null && !applicant.phone().isBlank() && byPhone.isPresent()) {
            Channel channel = byPhone.get();
            notifications.enqueue(key, dossier.code(), dossier.unitCode(), notice, channel, applicant.phone().strip(),
                    // what Zalo shows, and the SMS it falls back to, is the SMS text
                    texts.of(notice, Channel.SMS).filled(values),
                    channel == Channel.ZALO ? json.writeValueAsString(values) : null, at);
        }
        if (applicant.email() != null && !applicant.email().isBlank() && channels.configured(Channel.EMAIL)) {
            notifications.enqueue(key, dossier.code(), dossier.unitCode(), notice, Channel.EMAIL,
                    applicant.email().strip(), texts.of(notice, Channel.EMAIL).filled(values), null, at);
        }
    }
}
