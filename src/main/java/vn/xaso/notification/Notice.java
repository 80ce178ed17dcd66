package vn.xaso.notification;

/**
 * What a citizen is told about their dossier, with the words xaso sends unless an administrator changed them: short,
 * in Vietnamese, without jargon, each with the dossier's code. Placeholders: {@code {unit}}, {@code {code}},
 * {@code {procedure}}, {@code {name}}, {@code {appointment}}, {@code {link}}, {@code {missing}}, {@code {newDate}},
 * {@code {reason}}, {@code {where}}, {@code {amount}}, {@code {until}}.
 */
public enum Notice {
    RECEIVED("Đã tiếp nhận hồ sơ {code}",
            "{unit} đã tiếp nhận hồ sơ {code} ({procedure}). Hẹn trả kết quả: {appointment}. Tra cứu: {link}"),
    SUPPLEMENT("Hồ sơ {code} cần bổ sung giấy tờ",
            "{unit}: hồ sơ {code} cần bổ sung: {missing}. Mời ông/bà nộp bổ sung {until} tại bộ phận một cửa hoặc trên "
                    + "Cổng dịch vụ công. Tra cứu: {link}"),
    APOLOGY("Xin lỗi vì hồ sơ {code} chậm hẹn",
            "{unit} xin lỗi ông/bà vì hồ sơ {code} không kịp trả theo hẹn. Ngày hẹn mới: {newDate}. Lý do: {reason}"),
    REFUSED("Hồ sơ {code} không được giải quyết",
            "{unit}: hồ sơ {code} không được giải quyết. Lý do: {reason}. Cần hỗ trợ, mời liên hệ bộ phận một cửa."),
    /** Thông báo dừng giải quyết (Mẫu 05): not a refusal, the handling stopped (e.g. the applicant asked, or ineligible). */
    STOPPED("Hồ sơ {code} đã dừng giải quyết",
            "{unit}: hồ sơ {code} đã dừng giải quyết. Lý do: {reason}. Cần hỗ trợ, mời liên hệ bộ phận một cửa."),
    RESULT_READY("Hồ sơ {code} đã có kết quả",
            "{unit}: hồ sơ {code} đã có kết quả. {where}"),
    PAYMENT_DUE("Mời nộp phí, lệ phí cho hồ sơ {code}",
            "{unit} đã chấp nhận hồ sơ {code}. Mời ông/bà nộp phí, lệ phí {amount} đồng để hồ sơ được giải quyết: {link}"),
    /** Not to citizens: a leader's morning list of the unit's overdue dossiers (its text is made from the list). */
    DIGEST("Hồ sơ quá hạn của {unit} ngày {date}", "{unit} có {count} hồ sơ quá hạn.");

    /** Whether citizens receive it (and its text is one an administrator may change). */
    public boolean toCitizens() {
        return this != DIGEST;
    }

    private final String subject;
    private final String text;

    Notice(String subject, String text) {
        this.subject = subject;
        this.text = text;
    }

    /** The e-mail's subject xaso uses unless changed. */
    public String defaultSubject() {
        return subject;
    }

    /** The message xaso sends unless changed (the SMS, the e-mail's body, what a Zalo template shows). */
    public String defaultText() {
        return text;
    }
}
