package vn.xaso.document;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import vn.xaso.organization.Organization;

/**
 * The unit's outgoing books for papers issued outside the clerk's documents — a dossier's signed result: the number
 * comes from the unit's book for the paper's kind in the year, the very series the clerk issues documents of that kind
 * from ({@code QĐ}, {@code TB} …; a certificate's kind, {@code GCN}, has its own), so that a number and symbol is given
 * once a year (NĐ 30/2020/NĐ-CP art. 15: numbers run per issuing body from 01 on 1 January); and the paper is entered in
 * the Sổ văn bản đi beside the documents.
 */
@Service
public class IssuedPapers {

    /** A paper entered in the outgoing register. */
    public record Paper(String unitCode, String book, int year, int number, String codeNumber, String notation,
            Instant issuedAt, String typeName, String subject, String signer, String recipient, String dossierCode) {
    }

    /**
     * Result papers' kinds by what they are, from the first words of the result's name ({@code KQ} for any other);
     * a certified copy's book is the Sổ chứng thực bản sao ({@code BS}: TT 01/2020/TT-BTP), not the Chỉ thị series.
     */
    private static final Map<String, String> KINDS = Map.of("giấy chứng nhận", "GCN", "giấy xác nhận", "GXN",
            "giấy phép", "GP", "quyết định", "QĐ", "thông báo", "TB", "bản sao", "BS");
    private static final String OTHER = "KQ";

    private final Documents documents;
    private final JdbcClient jdbc;

    IssuedPapers(Documents documents, JdbcClient jdbc) {
        this.documents = documents;
        this.jdbc = jdbc;
    }

    /**
     * The next number of the unit's book for {@code kind} (a document type's abbreviation such as {@code QĐ}, or a
     * paper's own such as {@code GCN}) in {@code year}; the counter stays locked until the transaction ends.
     */
    public int next(String unitCode, String kind, int year) {
        return documents.nextNumber(unitCode, book(kind), year);
    }

    /** Enters the numbered paper in the Sổ văn bản đi (in the transaction that numbered it). */
    public void enter(Paper paper) {
        jdbc.sql("""
                insert into issued_paper (unit_code, book, year, number, code_number, notation, issued_at, type_name, subject,
                    signer, recipient, dossier_code) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(paper.unitCode(), book(paper.book()), paper.year(), paper.number(), paper.codeNumber(),
                        paper.notation(), Timestamp.from(paper.issuedAt()), paper.typeName(), paper.subject(), paper.signer(),
                        paper.recipient(), paper.dossierCode())
                .update();
    }

    /** The kind of paper a result named so is ({@code QĐ} for "Quyết định …", {@code GCN} …). */
    public static String kindOf(String resultName) {
        String name = resultName == null ? "" : resultName.strip().toLowerCase(Locale.forLanguageTag("vi"));
        return KINDS.entrySet().stream().filter(e -> name.startsWith(e.getKey())).map(Map.Entry::getValue).findFirst()
                .orElse(OTHER);
    }

    /**
     * Whether a book of that name is another series' own: the incoming book, a document type's, or a paper kind's —
     * a second book for a type must not share and break their counters.
     */
    static boolean ownedByAnother(String book) {
        return book.equals(IncomingDocuments.BOOK) || DocumentType.parse(book).isPresent() || book.equals(OTHER)
                || KINDS.values().stream().anyMatch(kind -> book(kind).equals(book));
    }

    /** The book a kind's papers are numbered in: a document type's own book ({@code QĐ} → {@code QD}), else the kind. */
    static String book(String kind) {
        return DocumentType.parse(kind).map(DocumentType::name).orElse(DocumentType.plain(kind));
    }

    List<Paper> issuedBetween(String unitCode, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select * from issued_paper where unit_code = ?
                  and (issued_at at time zone 'Asia/Ho_Chi_Minh')::date between ? and ? order by year, book, number""")
                .params(unitCode, from, to)
                .query((rs, n) -> new Paper(rs.getString("unit_code"), rs.getString("book"), rs.getInt("year"),
                        rs.getInt("number"), rs.getString("code_number"), rs.getString("notation"),
                        rs.getTimestamp("issued_at").toInstant(), rs.getString("type_name"), rs.getString("subject"),
                        rs.getString("signer"), rs.getString("recipient"), rs.getString("dossier_code")))
                .list();
    }

    static LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, Organization.ZONE);
    }
}
