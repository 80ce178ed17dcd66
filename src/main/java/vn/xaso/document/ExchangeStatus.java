package vn.xaso.document;

import java.util.Arrays;
import java.util.Optional;

/**
 * How far a recipient has come with a document sent to it by exchange, as the status messages of QCVN 102 carry it
 * ({@code StatusCode}): arrived, refused (returned), received (registered), assigned, in progress, done, recalled.
 */
public enum ExchangeStatus {
    ARRIVED("01"), REFUSED("02"), RECEIVED("03"), ASSIGNED("04"), IN_PROGRESS("05"), DONE("06"), RECALLED("13");

    private final String code;

    ExchangeStatus(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<ExchangeStatus> ofCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code == null ? "" : code.strip())).findFirst();
    }

    /** What an incoming document's status tells its sender. */
    static ExchangeStatus of(DocumentStatus status) {
        return switch (status) {
            case REGISTERED -> RECEIVED;
            case ASSIGNED -> ASSIGNED;
            case COMPLETED -> DONE;
            case RECALLED -> RECALLED;
            default -> ARRIVED;
        };
    }

    /** The words sent with the code ({@code Description}), in the sender's language. */
    String description(Document d) {
        return switch (this) {
            case ARRIVED -> "Đã đến";
            case REFUSED -> "Từ chối tiếp nhận";
            case RECEIVED -> "Đã tiếp nhận, vào sổ văn bản đến số " + d.registration().arrivalNumber();
            case ASSIGNED -> "Đã phân công xử lý";
            case IN_PROGRESS -> "Đang xử lý";
            case DONE -> "Đã hoàn thành xử lý";
            case RECALLED -> "Văn bản đã bị thu hồi";
        };
    }
}
