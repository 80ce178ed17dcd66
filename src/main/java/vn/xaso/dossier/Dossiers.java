package vn.xaso.dossier;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.xaso.api.Conflict;
import vn.xaso.calendar.Timeliness;
import vn.xaso.catalog.Procedure.Channel;
import vn.xaso.catalog.Procedure.CopyType;

/** Dossiers, components, history and the daily code counter, in plain SQL. */
@Repository
class Dossiers {

    private static final String COLUMNS = """
            code, procedure_code, procedure_version, definition_id, unit_code, handling_unit, channel, status,
            applicant_name, applicant_id_number, applicant_birth_date, applicant_phone, applicant_email, applicant_address,
            applicant_zalo, owner, submitted_at, received_at, due_at, legal_due_at, finished_at, returned_at, timeliness, supplement_count,
            late_by_supplement, extended, status_before_supplement, missing, return_channel, proposal_summary,
            proposal_refusal, rating, rating_comment, sets, result_channel, register_book, register_line, handed_over_at,
            result_reference, applicant_verified, applicant_checked_at, applicant_differences, portal_code, version""";

    private final JdbcClient jdbc;

    Dossiers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The next number of the unit's day, in the caller's transaction: the counter row stays locked until it
     * commits, so concurrent receptions queue and a rolled-back one leaves no gap.
     */
    int nextNumber(String unitCode, LocalDate day) {
        return jdbc.sql("""
                insert into dossier_counter (unit_code, day, last) values (?, ?, 1)
                on conflict (unit_code, day) do update set last = dossier_counter.last + 1
                returning last""")
                .params(unitCode, Date.valueOf(day)).query(Integer.class).single();
    }

    /** The next line of the unit's book, in the caller's transaction (the counter row stays locked, no gaps). */
    int nextRegisterLine(String unitCode, int book) {
        return jdbc.sql("""
                insert into dossier_register_counter (unit_code, book, last) values (?, ?, 1)
                on conflict (unit_code, book) do update set last = dossier_register_counter.last + 1
                returning last""")
                .params(unitCode, book).query(Integer.class).single();
    }

    /** The unit's dossiers received in a period, in the order of their lines in the book. */
    List<Dossier> register(String unitCode, Instant from, Instant to) {
        return jdbc.sql("select " + COLUMNS + " from dossier where unit_code = ? and received_at >= ? and received_at < ?"
                + " order by register_book, register_line")
                .params(unitCode, Timestamp.from(from), Timestamp.from(to)).query(Dossiers::row).list();
    }

    void insert(Dossier d, List<DossierComponent> components) {
        Intake in = d.intake();
        jdbc.sql("""
                insert into dossier (code, procedure_code, procedure_version, definition_id, unit_code, channel, status,
                    applicant_name, applicant_id_number, applicant_birth_date, applicant_phone, applicant_email,
                    applicant_address, applicant_zalo, owner, submitted_at, sets, result_channel, portal_code)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(d.code(), d.procedureCode(), d.procedureVersion(), d.definitionId(), d.unitCode(),
                        in.channel().name(), d.status().name(), in.applicant().fullName(), in.applicant().idNumber(),
                        in.applicant().birthDate() == null ? null : Date.valueOf(in.applicant().birthDate()),
                        in.applicant().phone(), in.applicant().email(), in.applicant().address(),
                        in.applicant().prefersZalo(), in.owner(),
                        Timestamp.from(in.submittedAt()), in.sets(), in.resultChannel().name(), in.portalCode())
                .update();
        for (int i = 0; i < components.size(); i++) {
            DossierComponent c = components.get(i);
            jdbc.sql("insert into dossier_component (dossier_code, ordinal, name, copy_type, quantity, required, provided) values (?, ?, ?, ?, ?, ?, ?)")
                    .params(d.code(), i, c.name(), c.copyType().name(), c.quantity(), c.required(), c.provided()).update();
        }
    }

    /**
     * Writes what the dossier's transitions changed, if nobody changed it since it was read; else 409 (the row lock
     * makes that rare, the version check makes a lost update impossible).
     */
    void save(Dossier d) {
        Receipt receipt = d.receipt();
        Appointment appointment = d.appointment();
        Supplements supplements = d.supplements();
        Outcome outcome = d.outcome();
        Rating rating = d.rating();
        int saved = jdbc.sql("""
                update dossier set status = ?, handling_unit = ?, result_channel = ?, received_at = ?, register_book = ?,
                    register_line = ?, handed_over_at = ?, due_at = ?, legal_due_at = ?, extended = ?,
                    supplement_count = ?, late_by_supplement = ?, status_before_supplement = ?, missing = ?,
                    proposal_summary = ?, proposal_refusal = ?, finished_at = ?, timeliness = ?, result_reference = ?,
                    returned_at = ?, return_channel = ?, rating = ?, rating_comment = ?, version = version + 1
                where code = ? and version = ?""")
                .params(d.status().name(), d.handlingUnit(), name(d.intake().resultChannel()), time(receipt.receivedAt()),
                        receipt.line() == null ? null : receipt.line().book(),
                        receipt.line() == null ? null : receipt.line().line(), time(receipt.handedOverAt()),
                        time(appointment.dueAt()), time(appointment.legalDueAt()), appointment.extended(),
                        supplements.count(), supplements.late(), name(supplements.resumeTo()),
                        lines(supplements.missing()),
                        d.proposal().summary(), d.proposal().refusal(), time(outcome.finishedAt()),
                        name(outcome.timeliness()), outcome.resultReference(), time(outcome.returnedAt()),
                        name(outcome.returnChannel()), rating == null ? null : rating.score(),
                        rating == null ? null : rating.comment(), d.code(), d.version())
                .update();
        if (saved != 1) {
            throw new Conflict("dossier.changed", d.code());
        }
    }

    Optional<Dossier> find(String code) {
        return jdbc.sql("select " + COLUMNS + " from dossier where code = ?").param(code).query(Dossiers::row).optional();
    }

    /** The dossier, locked until the transaction ends: two officials acting at once take turns. */
    Optional<Dossier> lock(String code) {
        return jdbc.sql("select " + COLUMNS + " from dossier where code = ? for update").param(code)
                .query(Dossiers::row).optional();
    }

    List<DossierComponent> components(String code) {
        return jdbc.sql("""
                select name, copy_type, quantity, required, provided, copy_file_id from dossier_component
                where dossier_code = ? order by ordinal""")
                .param(code)
                .query((rs, row) -> new DossierComponent(rs.getString(1), CopyType.valueOf(rs.getString(2)), rs.getInt(3),
                        rs.getBoolean(4), rs.getBoolean(5), rs.getString(6)))
                .list();
    }

    /** The electronic copy of the component (its name as the dossier lists it): it was handed in, and this is its copy. */
    void attachCopy(String code, String component, UUID file) {
        jdbc.sql("update dossier_component set copy_file_id = ?, provided = true where dossier_code = ? and name = ?")
                .params(file, code, component).update();
    }

    void markProvided(String code, List<String> names) {
        for (String name : names) {
            jdbc.sql("update dossier_component set provided = true where dossier_code = ? and lower(name) = lower(?)")
                    .params(code, name).update();
        }
    }

    /**
     * Components named among the gaps of a supplement request are no longer counted as provided, and their copies no
     * longer stand for them (the paper is asked for again).
     */
    void markMissing(String code, List<String> names) {
        for (String name : names) {
            jdbc.sql("""
                    update dossier_component set provided = false, copy_file_id = null
                    where dossier_code = ? and lower(name) = lower(?)""")
                    .params(code, name.strip()).update();
        }
    }

    void addHistory(String code, HistoryEntry entry) {
        jdbc.sql("""
                insert into dossier_history (dossier_code, at, actor, action, from_status, to_status, comment, reason, items)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(code, Timestamp.from(entry.at()), entry.actor(), entry.action(), name(entry.fromStatus()),
                        entry.toStatus().name(), entry.comment(), entry.reason(), lines(entry.items()))
                .update();
    }

    List<HistoryEntry> history(String code) {
        return jdbc.sql("""
                select at, actor, action, from_status, to_status, comment, reason, items from dossier_history
                where dossier_code = ? order by id""")
                .param(code)
                .query((rs, row) -> new HistoryEntry(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3),
                        value(DossierStatus.class, rs.getString(4)), DossierStatus.valueOf(rs.getString(5)),
                        rs.getString(6), rs.getString(7), lines(rs.getString(8))))
                .list();
    }

    /**
     * One page of a list, newest first, keyset on (submitted_at, code). Each access path is its own branch that an
     * index delivers already in order (the unit's own dossiers; those it handles for another unit; a citizen's), so a
     * page reads about {@code limit} rows even among millions; the text is read as an ID number (12 digits), a dossier
     * code, or part of the applicant's name (trigram index, diacritics optional).
     */
    List<Dossier> page(DossierFilter filter, int limit) {
        Map<String, Object> params = new LinkedHashMap<>();
        String conditions = conditions(filter, params);
        params.put("limit", limit);
        List<String> branches = new ArrayList<>();
        if (filter.units() != null) {
            params.put("units", filter.units().toArray(String[]::new));
            for (int i = 0; i < filter.units().size(); i++) {
                params.put("unit" + i, filter.units().get(i));
                branches.add("where unit_code = :unit" + i + conditions);
                branches.add("where handling_unit = :unit" + i + " and unit_code <> all(:units)" + conditions);
            }
        } else if (filter.owner() != null) {
            params.put("owner", filter.owner());
            params.put("idNumber", filter.ownerIdNumber() == null ? "" : filter.ownerIdNumber());
            branches.add("where owner = :owner" + conditions);
            branches.add("where applicant_id_number = :idNumber and owner is distinct from :owner" + conditions);
        } else {
            branches.add("where true" + conditions);
        }
        String order = " order by submitted_at desc, code desc limit :limit";
        String sql = branches.size() == 1 ? "select " + COLUMNS + " from dossier " + branches.get(0) + order
                : branches.stream().map(b -> "(select " + COLUMNS + " from dossier " + b + order + ")")
                        .collect(Collectors.joining(" union all ", "select * from (", ") d" + order));
        return jdbc.sql(sql).params(params).query(Dossiers::row).list();
    }

    private static String conditions(DossierFilter filter, Map<String, Object> params) {
        StringBuilder sql = new StringBuilder();
        if (filter.status() != null) {
            sql.append(" and status = :status");
            params.put("status", filter.status().name());
        }
        if (filter.from() != null) {
            sql.append(" and submitted_at >= :from");
            params.put("from", Timestamp.from(filter.from()));
        }
        if (filter.to() != null) {
            sql.append(" and submitted_at < :to");
            params.put("to", Timestamp.from(filter.to()));
        }
        String text = filter.text();
        if (text != null) {
            if (text.matches("[0-9]{12}")) {
                sql.append(" and applicant_id_number = :text");
            } else if (text.matches("(?i)[A-Z][0-9A-Z.]*-[0-9-]*")) {
                sql.append(" and code like :text || '%'");
                text = text.toUpperCase(java.util.Locale.ROOT);
            } else {
                sql.append(" and xaso_plain(applicant_name) like '%' || xaso_plain(:text) || '%'");
            }
            params.put("text", text);
        }
        if (filter.after() != null) {
            sql.append(" and (submitted_at, code) < (:afterAt, :afterCode)");
            params.put("afterAt", Timestamp.from(filter.after().submittedAt()));
            params.put("afterCode", filter.after().code());
        }
        return sql.toString();
    }

    /**
     * Records the check of the applicant against the population database. It touches only its own columns (never
     * the dossier's state or version), so it can neither lose nor cause a lost update.
     */
    void recordCheck(String code, ApplicantCheck check) {
        jdbc.sql("update dossier set applicant_verified = ?, applicant_checked_at = ?, applicant_differences = ? where code = ?")
                .params(check.verified(), Timestamp.from(check.checkedAt()), lines(check.differences()), code).update();
    }

    List<String> submittedBetween(Instant from, Instant to) {
        return jdbc.sql("select code from dossier where submitted_at >= ? and submitted_at < ? order by code")
                .params(Timestamp.from(from), Timestamp.from(to)).query(String.class).list();
    }

    Optional<Dossier> findByPortalCode(String portalCode) {
        return jdbc.sql("select " + COLUMNS + " from dossier where portal_code = ?").param(portalCode).query(Dossiers::row)
                .optional();
    }

    /** Open dossiers whose applicant was not checked yet, the longest waiting first. */
    List<String> unchecked(int limit) {
        return jdbc.sql("""
                select code from dossier where applicant_verified is null and finished_at is null
                order by submitted_at limit ?""").param(limit).query(String.class).list();
    }

    long countUnchecked() {
        return jdbc.sql("select count(*) from dossier where applicant_verified is null and finished_at is null")
                .query(Long.class).single();
    }

    /** The unit's open dossiers whose applicant differs from the population database, the newest first. */
    List<Dossier> differing(String unitCode, int limit) {
        return jdbc.sql("select " + COLUMNS + " from dossier where unit_code = ? and applicant_verified = false"
                        + " and finished_at is null order by submitted_at desc limit ?")
                .params(unitCode, limit).query(Dossiers::row).list();
    }

    private static Dossier row(ResultSet rs, int row) throws SQLException {
        Date birth = rs.getDate("applicant_birth_date");
        Applicant applicant = new Applicant(rs.getString("applicant_name"), rs.getString("applicant_id_number"),
                birth == null ? null : birth.toLocalDate(), rs.getString("applicant_phone"), rs.getString("applicant_email"),
                rs.getString("applicant_address"), rs.getBoolean("applicant_zalo"));
        boolean verified = rs.getBoolean("applicant_verified");
        ApplicantCheck check = new ApplicantCheck(rs.wasNull() ? null : verified, instant(rs, "applicant_checked_at"),
                lines(rs.getString("applicant_differences")));
        Intake intake = new Intake(Channel.valueOf(rs.getString("channel")), applicant, rs.getString("owner"),
                instant(rs, "submitted_at"), rs.getInt("sets"), value(Channel.class, rs.getString("result_channel")), check,
                rs.getString("portal_code"));
        int line = rs.getInt("register_line");
        Receipt receipt = new Receipt(instant(rs, "received_at"),
                line == 0 ? null : new Receipt.RegisterLine(rs.getInt("register_book"), line), instant(rs, "handed_over_at"));
        Appointment appointment = new Appointment(instant(rs, "due_at"), instant(rs, "legal_due_at"), rs.getBoolean("extended"));
        Supplements supplements = new Supplements(rs.getInt("supplement_count"), rs.getBoolean("late_by_supplement"),
                value(DossierStatus.class, rs.getString("status_before_supplement")),
                lines(rs.getString("missing")));
        Outcome outcome = new Outcome(instant(rs, "finished_at"), value(Timeliness.class, rs.getString("timeliness")),
                rs.getString("result_reference"), instant(rs, "returned_at"),
                value(Channel.class, rs.getString("return_channel")));
        int score = rs.getInt("rating");
        Rating rating = rs.wasNull() ? null : new Rating(score, rs.getString("rating_comment"));
        return new Dossier(rs.getString("code"), rs.getString("procedure_code"), rs.getInt("procedure_version"),
                rs.getLong("definition_id"), rs.getString("unit_code"), intake, DossierStatus.valueOf(rs.getString("status")),
                rs.getString("handling_unit"), receipt, appointment, supplements,
                new Proposal(rs.getString("proposal_summary"), rs.getBoolean("proposal_refusal")), outcome, rating,
                rs.getInt("version"));
    }

    private static <E extends Enum<E>> E value(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }

    /** A list kept one item a line (null when empty). */
    private static String lines(List<String> items) {
        return items.isEmpty() ? null : String.join("\n", items);
    }

    private static List<String> lines(String text) {
        return text == null || text.isEmpty() ? List.of() : List.of(text.split("\n"));
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static Timestamp time(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    /** Sets when the portal first had the dossier; the dossier's facts the first time, none after. */
    Optional<DossierSynchronised> markPortalSynchronised(String code, Instant at) {
        return jdbc.sql("""
                update dossier set portal_synced_at = ? where code = ? and portal_synced_at is null
                returning unit_code, procedure_code, procedure_version, channel, received_at""")
                .params(java.sql.Timestamp.from(at), code)
                .query((rs, n) -> new DossierSynchronised(code, rs.getString(1), rs.getString(2), rs.getInt(3),
                        vn.xaso.catalog.Procedure.Channel.valueOf(rs.getString(4)),
                        rs.getTimestamp(5) == null ? null : rs.getTimestamp(5).toInstant(), at))
                .optional();
    }

    /**
     * The unit's received, unfinished dossiers overdue at {@code now} (a dossier past due when its clock stopped for a
     * supplement stays overdue while it waits), the longest overdue first.
     */
    List<Dossier> overdueIn(String unitCode, Instant now, int limit) {
        return jdbc.sql("select " + COLUMNS + """
                 from dossier where unit_code = ? and received_at is not null and finished_at is null
                  and dossier_overdue_at(code, ?)
                order by legal_due_at, code limit ?""")
                .params(unitCode, java.sql.Timestamp.from(now), limit).query(Dossiers::row).list();
    }

    /**
     * Each supplement request with the supplement that answered it, and the legal due time as the clock had it just
     * before the request and just after the supplement ({@code dossier_clock}).
     */
    List<SupplementRound> supplementRounds(String code) {
        return jdbc.sql("""
                select h.at, h.reason, h.items, s.at,
                       (select k.legal_due_at from dossier_clock k where k.dossier_code = h.dossier_code and k.at <= h.at
                        order by k.at desc, k.id desc limit 1),
                       (select k.legal_due_at from dossier_clock k where k.dossier_code = h.dossier_code and k.at <= s.at
                        order by k.at desc, k.id desc limit 1)
                from dossier_history h
                left join lateral (select x.at from dossier_history x where x.dossier_code = h.dossier_code
                                   and x.action = 'supplement' and x.id > h.id order by x.id limit 1) s on true
                where h.dossier_code = ? and h.action = 'request-supplement'
                order by h.id""")
                .param(code)
                .query((rs, row) -> new SupplementRound(rs.getTimestamp(1).toInstant(), rs.getString(2), lines(rs.getString(3)),
                        instant(rs.getTimestamp(4)), instant(rs.getTimestamp(5)), instant(rs.getTimestamp(6))))
                .list();
    }

    void markSubmittedWithVneid(String code) {
        jdbc.sql("update dossier set submitted_with_vneid = true where code = ?").param(code).update();
    }

    boolean submittedWithVneid(String code) {
        return jdbc.sql("select submitted_with_vneid from dossier where code = ?").param(code).query(Boolean.class).optional()
                .orElse(false);
    }

    private static Instant instant(Timestamp at) {
        return at == null ? null : at.toInstant();
    }

    /** The legal clock from {@code at} on, as reports judge it ({@code dossier_clock}). */
    void recordClock(String code, Instant at, Instant legalDueAt, boolean paused, boolean lateBySupplement) {
        jdbc.sql("""
                insert into dossier_clock (dossier_code, at, legal_due_at, paused, late_by_supplement) values (?, ?, ?, ?, ?)""")
                .params(code, Timestamp.from(at), Timestamp.from(legalDueAt), paused, lateBySupplement).update();
    }
}
