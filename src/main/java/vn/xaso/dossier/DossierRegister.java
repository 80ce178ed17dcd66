package vn.xaso.dossier;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.xaso.api.Forbidden;
import vn.xaso.api.InvalidInput;
import vn.xaso.calendar.Timeliness;
import vn.xaso.catalog.Catalog;
import vn.xaso.catalog.Procedure;
import vn.xaso.files.Ledgers.Ledger;
import vn.xaso.files.Ledgers;
import vn.xaso.identity.UnitAccess;
import vn.xaso.identity.XasoUser;
import vn.xaso.organization.Organization;

/**
 * The Sổ theo dõi hồ sơ (Mẫu 07) of a unit for a period: one line per received dossier, numbered 1, 2, 3 … through
 * the unit's book of the year (the same book and line Mẫu 01 prints), as data, PDF or XLSX.
 */
@Service
public class DossierRegister {

    /** Longest period one book page covers. */
    static final int MAX_DAYS = 366;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");
    private static final List<String> COLUMNS = List.of("STT", "Mã hồ sơ", "Tên thủ tục", "Số lượng hồ sơ (bộ)",
            "Tên người nộp / địa chỉ, số điện thoại", "Ngày, giờ nhận hồ sơ", "Ngày, giờ hẹn trả kết quả",
            "Ngày chuyển hồ sơ", "Ngày có kết quả", "Ngày trả kết quả", "Kết quả giải quyết", "Ghi chú");

    /** The book for a period, with its lines. */
    public record Book(String book, String unitCode, String unitName, LocalDate from, LocalDate to, List<Line> rows) {
    }

    /** One line of the book. */
    public record Line(int line, int book, String code, Instant receivedAt, String applicant, String applicantAddress,
            String procedureCode, String procedure, int sets, Instant dueAt, Instant handedOver, Instant finishedAt,
            Instant returnedAt, DossierStatus status, Timeliness timeliness, String resultChannel) {
    }

    private final Dossiers dossiers;
    private final Catalog catalog;
    private final Organization organization;
    private final UnitAccess access;
    private final Ledgers ledgers;

    DossierRegister(Dossiers dossiers, Catalog catalog, Organization organization, UnitAccess access, Ledgers ledgers) {
        this.dossiers = dossiers;
        this.catalog = catalog;
        this.organization = organization;
        this.access = access;
        this.ledgers = ledgers;
    }

    @Transactional(readOnly = true)
    public Book book(XasoUser user, String unitCode, LocalDate from, LocalDate to) {
        if (organization.unit(unitCode).isEmpty()) {
            throw new InvalidInput("unit", "dossier.register.unit");
        }
        if (!access.canRead(user, unitCode)) {
            throw new Forbidden("dossier.register.forbidden");
        }
        if (from.isAfter(to)) {
            throw new InvalidInput("from", "dossier.register.period");
        }
        if (from.plusDays(MAX_DAYS).isBefore(to)) {
            throw new InvalidInput("to", "dossier.register.too-long", MAX_DAYS);
        }
        Instant start = from.atStartOfDay(Organization.ZONE).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(Organization.ZONE).toInstant();
        List<Dossier> received = dossiers.register(unitCode, start, end);
        Map<String, String> names = received.stream().map(d -> d.procedureCode() + "@" + d.procedureVersion()).distinct()
                .collect(Collectors.toMap(Function.identity(), key -> procedureName(key)));
        List<Line> rows = received.stream().map(d -> new Line(d.receipt().line().line(), d.receipt().line().book(), d.code(),
                d.receivedAt(), d.applicant().fullName(), d.applicant().address(), d.procedureCode(),
                names.get(d.procedureCode() + "@" + d.procedureVersion()), d.intake().sets(), d.appointment().legalDueAt(),
                d.receipt().handedOverAt(), d.finishedAt(), d.returnedAt(), d.status(), d.timeliness(),
                d.intake().resultChannel() == null ? null : d.intake().resultChannel().name())).toList();
        String book = from.getYear() == to.getYear() ? String.valueOf(from.getYear()) : from.getYear() + "–" + to.getYear();
        return new Book(book, unitCode, organization.requireUnit(unitCode).name(), from, to, rows);
    }

    public byte[] pdf(Book book) {
        return ledgers.pdf(ledger(book));
    }

    public byte[] xlsx(Book book) {
        return ledgers.xlsx(ledger(book));
    }

    private Ledger ledger(Book book) {
        List<List<String>> rows = book.rows().stream().map(r -> List.of(String.valueOf(r.line()), r.code(), r.procedure(),
                String.format("%02d", r.sets()), r.applicant() + (r.applicantAddress() == null ? "" : ", " + r.applicantAddress()),
                at(r.receivedAt()), at(r.dueAt()), at(r.handedOver()), at(r.finishedAt()), at(r.returnedAt()), outcome(r),
                "")).toList();
        return new Ledger("Bộ phận tiếp nhận và trả kết quả — " + book.unitName(), "SỔ THEO DÕI HỒ SƠ",
                "Quyển số " + book.book() + " — từ ngày " + DAY.format(book.from()) + " đến ngày " + DAY.format(book.to())
                        + " — " + rows.size() + " hồ sơ", COLUMNS, rows, "Không có hồ sơ tiếp nhận trong kỳ này.");
    }

    private static String at(Instant instant) {
        return instant == null ? "" : AT.format(instant.atZone(Organization.ZONE));
    }

    private static String outcome(Line r) {
        String status = switch (r.status()) {
            case DONE -> "Có kết quả";
            case RETURNED -> "Đã trả kết quả";
            case REFUSED -> "Từ chối giải quyết";
            case STOPPED -> "Dừng giải quyết";
            case WITHDRAWN -> "Đã rút";
            case WAITING_SUPPLEMENT -> "Chờ bổ sung";
            case TRANSFERRED -> "Đang liên thông";
            default -> "Đang giải quyết";
        };
        if (r.timeliness() == null) {
            return status;
        }
        return status + switch (r.timeliness()) {
            case EARLY -> " (trước hạn)";
            case ON_TIME -> " (đúng hạn)";
            case LATE -> " (quá hạn)";
        };
    }

    private String procedureName(String key) {
        String[] parts = key.split("@");
        Procedure procedure = catalog.version(parts[0], Integer.parseInt(parts[1]));
        return procedure.name();
    }
}
