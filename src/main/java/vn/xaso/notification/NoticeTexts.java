package vn.xaso.notification;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The words of each notice on each channel: an administrator's own, else xaso's ({@link Notice}). */
@Component
class NoticeTexts {

    /** An e-mail's subject (none for SMS and Zalo) and the message. */
    record Text(String subject, String body) {

        Text filled(Map<String, String> values) {
            return new Text(subject == null ? null : fill(subject, values), fill(body, values));
        }
    }

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]+)}");

    private final JdbcClient jdbc;

    NoticeTexts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Text of(Notice notice, Channel channel) {
        return jdbc.sql("select subject, body from notification_template where notice = ? and channel = ?")
                .params(notice.name(), channel.name()).query((rs, n) -> new Text(rs.getString(1), rs.getString(2)))
                .optional()
                .orElseGet(() -> new Text(channel == Channel.EMAIL ? notice.defaultSubject() : null, notice.defaultText()));
    }

    void change(Notice notice, Channel channel, String subject, String body, String by, Instant at) {
        jdbc.sql("""
                insert into notification_template (notice, channel, subject, body, updated_by, updated_at) values (?, ?, ?, ?, ?, ?)
                on conflict (notice, channel) do update set subject = excluded.subject, body = excluded.body,
                    updated_by = excluded.updated_by, updated_at = excluded.updated_at""")
                .params(notice.name(), channel.name(), subject, body, by, Timestamp.from(at)).update();
    }

    /** The template with each {@code {name}} replaced by its value; a placeholder without a value stays as it is. */
    static String fill(String template, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value != null ? value : m.group()));
        }
        m.appendTail(out);
        return out.toString();
    }
}
