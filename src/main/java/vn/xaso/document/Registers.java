package vn.xaso.document;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.xaso.api.Forbidden;
import vn.xaso.api.InvalidInput;
import vn.xaso.files.Ledgers.Ledger;
import vn.xaso.files.Ledgers;
import vn.xaso.identity.UnitAccess;
import vn.xaso.identity.XasoUser;
import vn.xaso.organization.Official;
import vn.xaso.organization.Organization;

/**
 * The registers of NĐ 30/2020 for any period: Sổ văn bản đến, Sổ văn bản đi and Sổ theo dõi giải quyết văn bản
 * đến, each as a PDF (landscape, embedded font) or an XLSX workbook with the same columns.
 */
@Service
public class Registers {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** Which register. */
    public enum Kind {
        INCOMING("SỔ ĐĂNG KÝ VĂN BẢN ĐẾN", List.of("Ngày đến", "Số đến", "Tác giả", "Số, ký hiệu", "Ngày tháng",
                "Tên loại và trích yếu nội dung", "Đơn vị hoặc người nhận", "Ngày chuyển", "Ký nhận", "Ghi chú")),
        OUTGOING("SỔ ĐĂNG KÝ VĂN BẢN ĐI", List.of("Số, ký hiệu văn bản", "Ngày tháng văn bản", "Tên loại và trích yếu nội dung",
                "Người ký", "Nơi nhận văn bản", "Đơn vị, người nhận bản lưu", "Số lượng bản", "Ngày chuyển", "Ghi chú")),
        HANDLING("SỔ THEO DÕI GIẢI QUYẾT VĂN BẢN ĐẾN", List.of("Số đến", "Văn bản đến", "Người xử lý", "Hạn giải quyết",
                "Tiến độ giải quyết", "Số, ký hiệu văn bản trả lời", "Ghi chú"));

        final String title;
        final List<String> columns;

        Kind(String title, List<String> columns) {
            this.title = title;
            this.columns = columns;
        }
    }

    /** A register's content: its title, unit, period, columns and rows of text. */
    public record Register(String title, String unitName, LocalDate from, LocalDate to, List<String> columns, List<List<String>> rows) {
    }

    private final Documents documents;
    private final Organization organization;
    private final UnitAccess access;
    private final Ledgers ledgers;
    private final IssuedPapers papers;

    Registers(Documents documents, Organization organization, UnitAccess access, Ledgers ledgers, IssuedPapers papers) {
        this.papers = papers;
        this.documents = documents;
        this.organization = organization;
        this.access = access;
        this.ledgers = ledgers;
    }

    @Transactional(readOnly = true)
    public Register register(XasoUser user, Kind kind, String unitCode, LocalDate from, LocalDate to) {
        if (unitCode == null || !access.canRead(user, unitCode)) {
            throw new Forbidden("document.registers.forbidden", unitCode);
        }
        if (from.isAfter(to)) {
            throw new InvalidInput("from", "register.period");
        }
        String unit = organization.requireUnit(unitCode).name();
        if (kind == Kind.OUTGOING) {
            return new Register(kind.title, unit, from, to, kind.columns, outgoing(unitCode, from, to));
        }
        List<List<String>> rows = new ArrayList<>();
        for (Documents.Registered line : documents.register(unitCode, Direction.INCOMING, from, to)) {
            Document d = line.document();
            rows.add(kind == Kind.INCOMING
                    ? List.of(day(d.registration().arrivalDate()), n(d.registration().arrivalNumber()),
                            s(d.origin().name()), s(d.reference().text()), day(d.reference().issuedDate()),
                            d.typeName() + ": " + d.subject(), name(d.handling().mainHandler()), day(line.handedOverAt()), "",
                            note(d))
                    : List.of(n(d.registration().arrivalNumber()), d.typeName() + " " + s(d.reference().text())
                            + " ngày " + day(d.reference().issuedDate()) + " của " + s(d.origin().name()) + ": " + d.subject(),
                            name(d.handling().mainHandler()), day(d.handling().dueDate()), progress(d),
                            d.handling().replyDocumentId() == null ? "" : reply(d.handling().replyDocumentId()), note(d)));
        }
        return new Register(kind.title, unit, from, to, kind.columns, rows);
    }

    /**
     * The Sổ văn bản đi: the documents the clerk issued and the papers numbered beside them from the same books (a
     * dossier's signed result), in number order within each book.
     */
    private List<List<String>> outgoing(String unitCode, LocalDate from, LocalDate to) {
        TreeMap<String, List<String>> byNumber = new TreeMap<>();
        for (IssuedPapers.Paper p : papers.issuedBetween(unitCode, from, to)) {
            String issued = day(IssuedPapers.day(p.issuedAt()));
            byNumber.put(order(p.year(), p.book(), p.number(), "P" + p.codeNumber()), List.of(p.codeNumber() + "/" + p.notation(),
                    issued, p.typeName() + ": " + p.subject(), s(p.signer()), s(p.recipient()), "", "1", issued,
                    p.dossierCode() == null ? "" : "Hồ sơ " + p.dossierCode()));
        }
        for (Documents.Registered line : documents.register(unitCode, Direction.OUTGOING, from, to)) {
            Document d = line.document();
            Integer number = d.registration().number();
            byNumber.put(order(d.registration().year(), d.registration().book(), number == null ? 0 : number, "D" + d.id()),
                    List.of(s(d.reference().text()), day(d.reference().issuedDate()), d.typeName() + ": " + d.subject(),
                            signer(line), recipients(d), name(d.signing().draftedBy()), String.valueOf(line.copies()),
                            day(d.signing().issuedAt()), note(d)));
        }
        return new ArrayList<>(byNumber.values());
    }

    /** A line's place in the outgoing book: by year, book, then number (then which line, should two share one). */
    private static String order(int year, String book, int number, String line) {
        return String.format(Locale.ROOT, "%04d %-40s %09d %s", year, book, number, line);
    }

    public byte[] pdf(Register r) {
        return ledgers.pdf(ledger(r));
    }

    public byte[] xlsx(Register r) {
        return ledgers.xlsx(ledger(r));
    }

    private static Ledger ledger(Register r) {
        return new Ledger(r.unitName(), r.title(), "Từ ngày " + DAY.format(r.from()) + " đến ngày " + DAY.format(r.to())
                + " — " + r.rows().size() + " văn bản", r.columns(), r.rows(), "Không có văn bản trong kỳ này.");
    }

    /** The signer as signed: {@code TM. ỦY BAN NHÂN DÂN, KT. CHỦ TỊCH, PHÓ CHỦ TỊCH Nguyễn Văn An}. */
    private String signer(Documents.Registered line) {
        String name = name(line.document().signing().signer());
        if (line.signerPosition() == null) {
            return name;
        }
        String competence = line.signerCompetence() == null || line.signerCompetence().isBlank() ? "" : line.signerCompetence() + ", ";
        return competence + line.signerPosition() + " " + name;
    }

    /** People appear by their full names, as in a paper book, not by their login names. */
    private String name(String username) {
        return username == null ? "" : organization.official(username).map(Official::fullName).orElse(username);
    }

    private String recipients(Document d) {
        return String.join("; ", documents.recipients(d.id()).stream().map(Documents.Recipient::name).toList());
    }

    private String reply(long id) {
        return documents.find(id).map(document -> document.reference().text()).map(Registers::s).orElse("");
    }

    private static String progress(Document d) {
        return switch (d.status()) {
            case COMPLETED -> "Đã giải quyết " + day(d.handling().completedAt());
            case RECALLED -> "Đã thu hồi";
            case ASSIGNED -> "Đang giải quyết";
            default -> "Chờ phân công";
        };
    }

    private static String note(Document d) {
        return d.status() == DocumentStatus.RECALLED ? "Thu hồi: " + s(d.recall().reason()) : "";
    }

    private static String day(Instant at) {
        return at == null ? "" : DAY.format(at.atZone(Organization.ZONE));
    }

    private static String day(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    private static String n(Integer number) {
        return number == null ? "" : String.valueOf(number);
    }

    private static String s(String text) {
        return text == null ? "" : text;
    }

}
