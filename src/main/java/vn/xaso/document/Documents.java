package vn.xaso.document;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.xaso.api.Conflict;
import vn.xaso.api.NotFound;
import vn.xaso.organization.Authority;

/** SQL for documents, their people, versions, opinions, recipients, history and number counters. */
@Repository
public class Documents {

    private final JdbcClient jdbc;

    Documents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(Document d) {
        Content c = d.content();
        Reference ref = d.reference();
        Registration reg = d.registration();
        return jdbc.sql("""
                insert into document (unit_code, direction, status, type_code, type_name, subject, priority, sender_organ_id,
                    sender_name, code_number, code_notation, issued_date, arrival_number, arrival_date, due_date, book, year,
                    drafted_by, source_document_id, replaces_id, file_id, registered_by, registered_at, search_text)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(d.unitCode(), d.direction().name(), d.status().name(), c.typeCode(), c.typeName(), c.subject(),
                        c.priority(), d.origin().organId(), d.origin().name(), ref.codeNumber(), ref.codeNotation(),
                        ref.issuedDate(), reg.arrivalNumber(), ts(reg.arrivalDate()), d.handling().dueDate(), reg.book(),
                        reg.year(), d.signing().draftedBy(), d.sourceDocumentId(), d.replacesId(), d.fileId(),
                        reg.registeredBy(), ts(reg.registeredAt()), searchText(d))
                .query(Long.class).single();
    }

    Optional<Document> find(long id) {
        return jdbc.sql("select * from document where id = ?").param(id).query(Documents::row).optional();
    }

    Document require(long id) {
        return find(id).orElseThrow(() -> new NotFound("Document", id));
    }

    /** Reads the document and holds its row until the transaction ends: one change at a time. */
    Document lock(long id) {
        return jdbc.sql("select * from document where id = ? for update").param(id).query(Documents::row).optional()
                .orElseThrow(() -> new NotFound("Document", id));
    }

    /**
     * Writes what the document's transitions changed, if nobody changed it since it was read (else 409), with the
     * search text following its number and symbol; returns it as stored now.
     */
    Document save(Document d) {
        Reference ref = d.reference();
        Handling handling = d.handling();
        Signing signing = d.signing();
        int saved = jdbc.sql("""
                update document set status = ?, code_number = ?, code_notation = ?, issued_date = ?, year = ?, number = ?,
                    due_date = ?, main_handler = ?, instruction = ?, completed_at = ?, reply_document_id = ?, signer = ?,
                    signed_at = ?, issued_at = ?, issued_by = ?, recalled_at = ?, recall_reason = ?, file_id = ?,
                    search_text = ?, version = version + 1
                where id = ? and version = ?""")
                .params(d.status().name(), ref.codeNumber(), ref.codeNotation(), ref.issuedDate(), d.registration().year(),
                        d.registration().number(), handling.dueDate(), handling.mainHandler(), handling.instruction(),
                        ts(handling.completedAt()), handling.replyDocumentId(), signing.signer(), ts(signing.signedAt()),
                        ts(signing.issuedAt()), signing.issuedBy(), ts(d.recall().at()), d.recall().reason(), d.fileId(),
                        searchText(d), d.id(), d.version())
                .update();
        if (saved != 1) {
            throw new Conflict("document.stale");
        }
        return require(d.id());
    }

    /**
     * The next number in a unit's book for a year. The counter row stays locked until the transaction ends, so
     * concurrent issues queue up; a rolled-back issue gives its number back: no duplicates and no gaps.
     */
    int nextNumber(String unitCode, String book, int year) {
        return jdbc.sql("""
                insert into document_counter (unit_code, book, year, last) values (?, ?, ?, 1)
                on conflict (unit_code, book, year) do update set last = document_counter.last + 1
                returning last""")
                .params(unitCode, book, year).query(Integer.class).single();
    }

    /** Incoming documents already registered with the same sender, number, symbol and date. */
    List<Long> duplicates(String unitCode, String senderOrganId, String senderName, String codeNumber, String codeNotation,
            LocalDate issuedDate, long except) {
        return jdbc.sql("""
                select id from document where unit_code = ? and direction = 'INCOMING' and id <> ?
                  and coalesce(sender_organ_id, lower(sender_name)) = coalesce(?, lower(?))
                  and code_number is not distinct from ? and lower(code_notation) is not distinct from lower(?)
                  and issued_date is not distinct from ? order by id""")
                .params(unitCode, except, senderOrganId, senderName, codeNumber, codeNotation, issuedDate)
                .query(Long.class).list();
    }

    void addParticipant(long documentId, String username, String part) {
        jdbc.sql("insert into document_participant (document_id, username, part) values (?, ?, ?) on conflict do nothing")
                .params(documentId, username, part).update();
    }

    List<Participant> participants(long documentId) {
        return jdbc.sql("select username, part from document_participant where document_id = ? order by part, username")
                .param(documentId).query((rs, n) -> new Participant(rs.getString("username"), rs.getString("part"))).list();
    }

    boolean isParticipant(long documentId, String username) {
        return jdbc.sql("select count(*) from document_participant where document_id = ? and username = ?")
                .params(documentId, username).query(Integer.class).single() > 0;
    }

    /** Moves an official's parts in documents still in progress to a successor. */
    void replaceParticipant(String from, String to) {
        String inProgress = "select id from document where status not in ('COMPLETED', 'ISSUED', 'RECALLED')";
        jdbc.sql("insert into document_participant (document_id, username, part) select document_id, ?, part"
                        + " from document_participant where username = ? and document_id in (" + inProgress + ") on conflict do nothing")
                .params(to, from).update();
        jdbc.sql("delete from document_participant where username = ? and document_id in (" + inProgress + ")").param(from).update();
    }

    void replaceDrafter(String from, String to) {
        jdbc.sql("update document set drafted_by = ?, version = version + 1 where drafted_by = ? and status in ('DRAFT', 'SUBMITTED')")
                .params(to, from).update();
    }

    /** Documents still in progress in which the official drafts or takes part. */
    List<Document> openWorkOf(String username) {
        return jdbc.sql("""
                select * from document d where d.status not in ('COMPLETED', 'ISSUED', 'RECALLED')
                  and (d.drafted_by = :u and d.status in ('DRAFT', 'SUBMITTED')
                       or exists (select 1 from document_participant p where p.document_id = d.id and p.username = :u))
                order by d.id""")
                .param("u", username).query(Documents::row).list();
    }

    void addRecipient(long documentId, int ordinal, Recipient r) {
        jdbc.sql("insert into document_recipient (document_id, ordinal, unit_code, organ_id, name) values (?, ?, ?, ?, ?)")
                .params(documentId, ordinal, r.unitCode(), r.organId(), r.name()).update();
    }

    void clearRecipients(long documentId) {
        jdbc.sql("delete from document_recipient where document_id = ?").param(documentId).update();
    }

    List<Recipient> recipients(long documentId) {
        return jdbc.sql("""
                select r.*, d.status as delivered_status from document_recipient r
                left join document d on d.id = r.delivered_document_id where r.document_id = ? order by r.ordinal""")
                .param(documentId)
                .query((rs, n) -> new Recipient(rs.getString("unit_code"), rs.getString("organ_id"), rs.getString("name"),
                        (Long) rs.getObject("delivered_document_id"), instant(rs, "delivered_at"),
                        rs.getString("delivered_status") == null ? null : DocumentStatus.valueOf(rs.getString("delivered_status"))))
                .list();
    }

    void markDelivered(long documentId, String unitCode, long deliveredId, Instant at) {
        jdbc.sql("update document_recipient set delivered_document_id = ?, delivered_at = ? where document_id = ? and unit_code = ?")
                .params(deliveredId, ts(at), documentId, unitCode).update();
    }

    int addVersion(long documentId, UUID fileId, String by, Instant at, String note) {
        int number = jdbc.sql("select coalesce(max(number), 0) + 1 from document_version where document_id = ?")
                .param(documentId).query(Integer.class).single();
        jdbc.sql("insert into document_version (document_id, number, file_id, uploaded_by, uploaded_at, note) values (?, ?, ?, ?, ?, ?)")
                .params(documentId, number, fileId, by, ts(at), note).update();
        return number;
    }

    List<DraftVersion> versions(long documentId) {
        return jdbc.sql("select * from document_version where document_id = ? order by number").param(documentId)
                .query((rs, n) -> new DraftVersion(rs.getInt("number"), rs.getObject("file_id", UUID.class),
                        rs.getString("uploaded_by"), instant(rs, "uploaded_at"), rs.getString("note")))
                .list();
    }

    void addOpinion(long documentId, String author, Instant at, String text) {
        jdbc.sql("insert into document_opinion (document_id, author, at, text) values (?, ?, ?, ?)")
                .params(documentId, author, ts(at), text).update();
    }

    List<Opinion> opinions(long documentId) {
        return jdbc.sql("select author, at, text from document_opinion where document_id = ? order by id").param(documentId)
                .query((rs, n) -> new Opinion(rs.getString("author"), instant(rs, "at"), rs.getString("text"))).list();
    }

    void addHistory(long documentId, Instant at, String actor, String action, DocumentStatus status, String note) {
        jdbc.sql("insert into document_history (document_id, at, actor, action, status, note) values (?, ?, ?, ?, ?, ?)")
                .params(documentId, ts(at), actor, action, status.name(), note).update();
    }

    List<HistoryLine> history(long documentId) {
        return jdbc.sql("select at, actor, action, status, note from document_history where document_id = ? order by id")
                .param(documentId)
                .query((rs, n) -> new HistoryLine(instant(rs, "at"), rs.getString("actor"), rs.getString("action"),
                        DocumentStatus.valueOf(rs.getString("status")), rs.getString("note")))
                .list();
    }

    /**
     * One page of a unit's documents, newest first, optionally one direction and status, and text that must occur in
     * the number, symbol, sender, subject or type (with or without diacritics, served by a trigram index).
     */
    List<Document> page(List<String> units, Direction direction, DocumentStatus status, String text, LocalDate overdueOn,
            Cursor after, int limit) {
        String sql = "select * from document where unit_code = any(:units)"
                + (direction == null ? "" : " and direction = :direction")
                + (status == null ? "" : " and status = :status")
                + (overdueOn == null ? "" : " and status = 'ASSIGNED' and due_date < :today")
                + (text == null ? "" : " and search_text like :text")
                + (after == null ? "" : " and (registered_at, id) < (:afterAt, :afterId)")
                + " order by registered_at desc, id desc limit :limit";
        var statement = jdbc.sql(sql).param("units", units.toArray(String[]::new)).param("limit", limit);
        if (direction != null) {
            statement = statement.param("direction", direction.name());
        }
        if (status != null) {
            statement = statement.param("status", status.name());
        }
        if (text != null) {
            statement = statement.param("text", "%" + plain(text).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (after != null) {
            statement = statement.param("afterAt", ts(after.at())).param("afterId", after.id());
        }
        if (overdueOn != null) {
            statement = statement.param("today", overdueOn);
        }
        return statement.query(Documents::row).list();
    }

    /** A register's rows: incoming by arrival number, outgoing by issue number, within a period. */
    /**
     * A register's documents for a period, each with when it was handed to its handler (the first assignment) and
     * how many copies were issued (one per recipient and the copy kept on file).
     */
    List<Registered> register(String unitCode, Direction direction, LocalDate from, LocalDate to) {
        String order = direction == Direction.INCOMING ? "arrival_number" : "book, number";
        String when = direction == Direction.INCOMING ? "arrival_date" : "issued_at";
        return jdbc.sql("""
                        select d.*,
                               (select min(h.at) from document_history h where h.document_id = d.id and h.action = 'assign')
                                   as handed_over_at,
                               (select count(*) from document_recipient r where r.document_id = d.id) + 1 as copies
                               , i.signer_competence, i.signer_position
                        from document d left join document_issuer i on i.document_id = d.id where d.unit_code = ? and d.direction = ? and d.""" + when + " is not null"
                        + " and (d." + when + " at time zone 'Asia/Ho_Chi_Minh')::date between ? and ? order by d.year, d." + order)
                .params(unitCode, direction.name(), from, to)
                .query((rs, row) -> new Registered(row(rs, row), instant(rs, "handed_over_at"), rs.getInt("copies"),
                        rs.getString("signer_competence"), rs.getString("signer_position"))).list();
    }

    /** How an outgoing document is issued: its drafting department and the signature block as signed. */
    record Issuer(String department, Authority authority, String competence, String position) {

        static final Issuer NONE = new Issuer(null, null, null, null);
    }

    Issuer issuer(long documentId) {
        return jdbc.sql("select drafting_department, signer_authority, signer_competence, signer_position from document_issuer where document_id = ?")
                .param(documentId).query((rs, row) -> new Issuer(rs.getString(1),
                        rs.getString(2) == null ? null : Authority.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4)))
                .optional().orElse(Issuer.NONE);
    }

    void putIssuer(long documentId, Issuer issuer) {
        jdbc.sql("""
                insert into document_issuer (document_id, drafting_department, signer_authority, signer_competence, signer_position)
                values (?, ?, ?, ?, ?)
                on conflict (document_id) do update set drafting_department = excluded.drafting_department,
                    signer_authority = excluded.signer_authority, signer_competence = excluded.signer_competence,
                    signer_position = excluded.signer_position""")
                .params(documentId, issuer.department(), issuer.authority() == null ? null : issuer.authority().name(),
                        issuer.competence(), issuer.position())
                .update();
    }

    /** A document as a register line needs it. */
    record Registered(Document document, Instant handedOverAt, int copies, String signerCompetence, String signerPosition) {
    }

    public record Participant(String username, String part) {
    }

    /**
     * Where an outgoing document goes: a unit on the platform ({@code unitCode}) or an outside agency; for a unit on
     * the platform, how far its copy has come (registered, assigned, completed) — the platform's status messages.
     */
    /** Keeps the sender's own id of an incoming document received by exchange, for the status messages back. */
    /**
     * Keeps who sent an incoming document by EDXML and its id there (named in the status messages back), and for one
     * that came over the exchange platform, what its signatures said.
     */
    void rememberSender(long documentId, String senderDocumentId, String senderOrgan, Signature signature) {
        jdbc.sql("""
                insert into document_exchange (document_id, sender_document_id, sender_organ, signature) values (?, ?, ?, ?)
                on conflict (document_id) do update set sender_document_id = excluded.sender_document_id,
                    sender_organ = excluded.sender_organ, signature = excluded.signature""")
                .params(documentId, cut(senderDocumentId, 200), cut(senderOrgan, 64), signature == null ? null : signature.name())
                .update();
    }

    private static String cut(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }

    /** What a document's signatures said when it arrived by exchange: all valid, one at least invalid, none. */
    public enum Signature { VALID, INVALID, UNSIGNED }

    /** An incoming document that came over the exchange platform: its sender there and what its signatures said. */
    public record ExchangeOrigin(String senderOrgan, String senderDocumentId, Signature signature) {
    }

    /** How the document came over the exchange platform, if it did. */
    public Optional<ExchangeOrigin> exchangeOrigin(long documentId) {
        return jdbc.sql("""
                select x.sender_organ, x.sender_document_id, x.signature from document_exchange x
                where x.document_id = ? and x.signature is not null""")
                .param(documentId)
                .query((rs, n) -> new ExchangeOrigin(rs.getString(1), rs.getString(2), Signature.valueOf(rs.getString(3))))
                .optional();
    }

    /** A status a recipient outside the platform reported about one of the unit's issued documents. */
    public record ExchangeReport(String organId, String organName, ExchangeStatus status, String description, String staff,
            Instant at) {
    }

    void addExchangeReport(long documentId, ExchangeReport report) {
        jdbc.sql("""
                insert into document_exchange_report (document_id, organ_id, organ_name, status_code, description, staff, reported_at)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(documentId, cut(report.organId(), 64), cut(report.organName(), 300), report.status().code(),
                        cut(report.description(), 500), cut(report.staff(), 200), ts(report.at()))
                .update();
    }

    public List<ExchangeReport> exchangeReports(long documentId) {
        return jdbc.sql("""
                select organ_id, organ_name, status_code, description, staff, reported_at from document_exchange_report
                where document_id = ? order by reported_at, id""")
                .param(documentId)
                .query((rs, n) -> new ExchangeReport(rs.getString(1), rs.getString(2),
                        ExchangeStatus.ofCode(rs.getString(3)).orElse(ExchangeStatus.ARRIVED), rs.getString(4), rs.getString(5),
                        instant(rs, "reported_at")))
                .list();
    }

    Optional<String> senderDocumentId(long documentId) {
        return jdbc.sql("select sender_document_id from document_exchange where document_id = ?").param(documentId)
                .query(String.class).optional();
    }

    public record Recipient(String unitCode, String organId, String name, Long deliveredDocumentId, Instant deliveredAt,
            DocumentStatus deliveredStatus) {
    }

    public record DraftVersion(int number, UUID fileId, String uploadedBy, Instant uploadedAt, String note) {
    }

    public record Opinion(String author, Instant at, String text) {
    }

    public record HistoryLine(Instant at, String actor, String action, DocumentStatus status, String note) {
    }

    /** Keyset position in a list: the last row's registration time and id. */
    public record Cursor(Instant at, long id) {

        public String encode() {
            return at.toEpochMilli() + "." + (at.getNano() / 1000 % 1000) + "_" + id;
        }

        public static Cursor parse(String text) {
            if (text == null || text.isBlank()) {
                return null;
            }
            try {
                String[] parts = text.split("_");
                String[] time = parts[0].split("\\.");
                Instant at = Instant.ofEpochMilli(Long.parseLong(time[0])).plusNanos(Long.parseLong(time[1]) * 1000);
                return new Cursor(at, Long.parseLong(parts[1]));
            } catch (RuntimeException e) {
                throw new vn.xaso.api.InvalidInput("cursor", "input.cursor");
            }
        }
    }

    /** Lower case without diacritics (đ → d), for search. */
    public static String plain(String text) {
        return DocumentType.plain(text).toLowerCase(Locale.ROOT);
    }

    private static String searchText(Document d) {
        StringBuilder text = new StringBuilder();
        for (Object part : new Object[] {d.reference().text(), d.reference().codeNotation(), d.origin().name(),
                d.subject(), d.typeName(), d.registration().arrivalNumber(), d.origin().organId()}) {
            if (part != null) {
                text.append(part).append(' ');
            }
        }
        return plain(text.toString());
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static Document row(ResultSet rs, int n) throws SQLException {
        Content content = new Content(rs.getString("type_code"), rs.getString("type_name"), rs.getString("subject"),
                rs.getString("priority"));
        Reference reference = new Reference(rs.getString("code_number"), rs.getString("code_notation"),
                rs.getObject("issued_date", LocalDate.class));
        Registration registration = new Registration(rs.getString("book"), rs.getInt("year"),
                (Integer) rs.getObject("arrival_number"), instant(rs, "arrival_date"), (Integer) rs.getObject("number"),
                rs.getString("registered_by"), instant(rs, "registered_at"));
        Handling handling = new Handling(rs.getString("main_handler"), rs.getString("instruction"),
                rs.getObject("due_date", LocalDate.class), instant(rs, "completed_at"),
                (Long) rs.getObject("reply_document_id"));
        Signing signing = new Signing(rs.getString("drafted_by"), rs.getString("signer"), instant(rs, "signed_at"),
                instant(rs, "issued_at"), rs.getString("issued_by"));
        return new Document(rs.getLong("id"), rs.getString("unit_code"), Direction.valueOf(rs.getString("direction")),
                content, new Origin(rs.getString("sender_organ_id"), rs.getString("sender_name")),
                (Long) rs.getObject("source_document_id"), (Long) rs.getObject("replaces_id"),
                DocumentStatus.valueOf(rs.getString("status")), reference, registration, handling, signing,
                new Recall(instant(rs, "recalled_at"), rs.getString("recall_reason")), rs.getObject("file_id", UUID.class),
                rs.getInt("version"));
    }
}
