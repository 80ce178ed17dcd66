package vn.xaso.notification;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.xaso.api.Forbidden;
import vn.xaso.api.InvalidInput;
import vn.xaso.audit.AuditEvent;
import vn.xaso.identity.XasoUser;

/**
 * The texts of the notices as a province administrator edits them: each notice's SMS (also what Zalo shows) and
 * e-mail, with a preview filled with an example dossier, and only the placeholders xaso knows.
 */
@Service
public class NoticeTemplates {

    /** One text: which notice and channel, the e-mail's subject (none for SMS), the message, and a preview of both. */
    public record Template(Notice notice, Channel channel, String subject, String body, String previewSubject,
            String previewBody) {
    }

    /** What the preview fills the placeholders with. */
    public static final Map<String, String> EXAMPLE = example();
    private static final Set<String> KNOWN = EXAMPLE.keySet();
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]+)}");
    private static final int SMS_MAX = 480;

    private final NoticeTexts texts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    NoticeTemplates(NoticeTexts texts, ApplicationEventPublisher events, Clock clock) {
        this.texts = texts;
        this.events = events;
        this.clock = clock;
    }

    /** Every notice's SMS and e-mail text as it is now. */
    @Transactional(readOnly = true)
    public List<Template> all() {
        List<Template> all = new ArrayList<>();
        for (Notice notice : Notice.values()) {
            if (!notice.toCitizens()) {
                continue;
            }
            for (Channel channel : new Channel[] {Channel.SMS, Channel.EMAIL}) {
                NoticeTexts.Text text = texts.of(notice, channel);
                all.add(preview(notice, channel, text.subject(), text.body()));
            }
        }
        return all;
    }

    /** The text filled with the example, checked as {@link #change} checks it. */
    public Template preview(Notice notice, Channel channel, String subject, String body) {
        NoticeTexts.Text text = checked(channel, subject, body);
        NoticeTexts.Text filled = text.filled(EXAMPLE);
        return new Template(notice, channel, text.subject(), text.body(), filled.subject(), filled.body());
    }

    /** Changes a notice's text (province administrators); later notices use it. */
    @Transactional
    public Template change(XasoUser admin, Notice notice, Channel channel, String subject, String body) {
        if (!admin.isProvinceAdministrator()) {
            throw new Forbidden("notification.templates.province-admin-only");
        }
        NoticeTexts.Text text = checked(channel, subject, body);
        texts.change(notice, channel, text.subject(), text.body(), admin.getUsername(), clock.instant());
        events.publishEvent(AuditEvent.of("notification.template.changed", null, "notification-template",
                notice + "/" + channel, null, Map.of("subject", text.subject() == null ? "" : text.subject(), "body", text.body())));
        return preview(notice, channel, text.subject(), text.body());
    }

    private static NoticeTexts.Text checked(Channel channel, String subject, String body) {
        if (channel != Channel.SMS && channel != Channel.EMAIL) {
            throw new InvalidInput("channel", "notification.templates.channel");
        }
        if (body == null || body.isBlank()) {
            throw new InvalidInput("body", "form.required");
        }
        if (body.length() > (channel == Channel.SMS ? SMS_MAX : 4000)) {
            throw new InvalidInput("body", "notification.templates.too-long", channel == Channel.SMS ? SMS_MAX : 4000);
        }
        if (channel == Channel.EMAIL && (subject == null || subject.isBlank() || subject.length() > 300)) {
            throw new InvalidInput("subject", "notification.templates.subject");
        }
        onlyKnownPlaceholders("subject", subject);
        onlyKnownPlaceholders("body", body);
        if (!body.contains("{code}")) {
            throw new InvalidInput("body", "notification.templates.code");
        }
        return new NoticeTexts.Text(channel == Channel.EMAIL ? subject.strip() : null, body.strip());
    }

    private static void onlyKnownPlaceholders(String field, String text) {
        Matcher m = PLACEHOLDER.matcher(text == null ? "" : text);
        while (m.find()) {
            if (!KNOWN.contains(m.group(1))) {
                throw new InvalidInput(field, "notification.templates.unknown", m.group());
            }
        }
    }

    private static Map<String, String> example() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("unit", "Xã Bình An");
        values.put("code", "H40.01-261207-0001");
        values.put("procedure", "Xác nhận tình trạng hôn nhân");
        values.put("name", "Nguyễn Văn An");
        values.put("appointment", "16:30 ngày 10/12/2026");
        values.put("link", "https://xaso.ninhbinh.gov.vn/portal/track?code=H40.01-261207-0001");
        values.put("missing", "Bản sao giấy khai sinh");
        values.put("newDate", "16:30 ngày 15/12/2026");
        values.put("reason", "Cần xác minh thêm tại nơi cư trú trước");
        values.put("where", "Mời ông/bà đến bộ phận một cửa nhận kết quả, mang theo giấy tiếp nhận hồ sơ.");
        values.put("amount", "100.000");
        values.put("until", "trước ngày 12/12/2026");
        return java.util.Collections.unmodifiableMap(values);
    }
}
