package vn.xaso.catalog;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Procedure versions and their components, in plain SQL. */
@Repository
class Procedures {

    private static final String COLUMNS = """
            p.code, p.version, p.national_code, p.name, p.field, p.level, p.time_kind, p.time_amount, p.fee,
            p.fully_online, p.channels, p.result_name, p.transfer_to, p.transfer_days""";
    private static final String LATEST = " and p.version = (select max(version) from procedure v where v.code = p.code)";

    private final JdbcClient jdbc;

    Procedures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Procedure> latest(String code) {
        return jdbc.sql("select " + COLUMNS + " from procedure p where p.code = ?" + LATEST).param(code)
                .query(this::row).optional();
    }

    Optional<Procedure> version(String code, int version) {
        return jdbc.sql("select " + COLUMNS + " from procedure p where p.code = ? and p.version = ?").params(code, version)
                .query(this::row).optional();
    }

    /** Latest versions matching the text (name or code, with or without diacritics), optionally of one level. */
    List<Procedure> search(String text, Procedure.Level level, int limit) {
        return jdbc.sql("select " + COLUMNS + " from procedure p where true" + LATEST + """
                 and (cast(:level as varchar) is null or p.level = :level)
                 and not exists (select 1 from procedure_abolished a where a.code = p.code)
                 and not exists (select 1 from unnest(cast(:words as varchar[])) w
                      where unaccent(lower(p.name || ' ' || p.field || ' ' || p.code)) not like '%' || unaccent(lower(w)) || '%')
                 order by p.field, p.name limit :limit""")
                .param("level", level == null ? null : level.name()).param("words", words(text)).param("limit", limit)
                .query(this::row).list();
    }

    /** Every word must match, so "dang ky kinh doanh" finds "Đăng ký thành lập hộ kinh doanh". */
    private static String[] words(String text) {
        return text == null ? new String[0] : text.strip().split("\\s+");
    }

    int nextVersion(String code) {
        return jdbc.sql("select coalesce(max(version), 0) + 1 from procedure where code = ?").param(code)
                .query(Integer.class).single();
    }

    void insert(Procedure p) {
        Procedure.ProcessingTime time = p.processingTime();
        String kind = Boolean.TRUE.equals(time.sameDay()) ? "SAME_DAY" : time.workingDays() != null ? "WORKING_DAYS" : "WORKING_HOURS";
        BigDecimal amount = time.workingDays() != null ? time.workingDays() : time.workingHours();
        jdbc.sql("""
                insert into procedure (code, version, national_code, name, field, level, time_kind, time_amount, fee,
                                       fully_online, channels, result_name, transfer_to, transfer_days)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(p.code(), p.version(), p.nationalCode(), p.name(), p.field(), p.level().name(), kind, amount,
                        p.fee(), p.fullyOnline(), p.channels().stream().map(Enum::name).sorted().collect(Collectors.joining(",")),
                        p.resultName(), p.transferTo(), p.transferDays())
                .update();
        for (int i = 0; i < p.components().size(); i++) {
            Procedure.Component c = p.components().get(i);
            jdbc.sql("insert into procedure_component (procedure_code, version, ordinal, name, copy_type, quantity, required) values (?, ?, ?, ?, ?, ?, ?)")
                    .params(p.code(), p.version(), i, c.name(), c.copyType().name(), c.quantity(), c.required()).update();
        }
    }

    Optional<Long> workflow(String code, String scope) {
        return jdbc.sql("select definition_id from procedure_workflow where procedure_code = ? and scope = ?")
                .params(code, scope).query(Long.class).optional();
    }

    void assignWorkflow(String code, String scope, long definitionId) {
        jdbc.sql("""
                insert into procedure_workflow (procedure_code, scope, definition_id) values (?, ?, ?)
                on conflict (procedure_code, scope) do update set definition_id = excluded.definition_id, assigned_at = now()""")
                .params(code, scope, definitionId).update();
    }

    boolean removeWorkflow(String code, String scope) {
        return jdbc.sql("delete from procedure_workflow where procedure_code = ? and scope = ?").params(code, scope).update() > 0;
    }

    private Procedure row(ResultSet rs, int row) throws SQLException {
        String code = rs.getString("code");
        int version = rs.getInt("version");
        String kind = rs.getString("time_kind");
        BigDecimal amount = rs.getBigDecimal("time_amount");
        Procedure.ProcessingTime time = switch (kind) {
            case "SAME_DAY" -> Procedure.ProcessingTime.sameDayOnly();
            case "WORKING_HOURS" -> new Procedure.ProcessingTime(null, amount.stripTrailingZeros(), null);
            default -> new Procedure.ProcessingTime(amount.stripTrailingZeros(), null, null);
        };
        Set<Procedure.Channel> channels = EnumSet.noneOf(Procedure.Channel.class);
        Arrays.stream(rs.getString("channels").split(",")).filter(s -> !s.isBlank())
                .map(Procedure.Channel::valueOf).forEach(channels::add);
        BigDecimal transferDays = rs.getBigDecimal("transfer_days");
        return new Procedure(code, version, rs.getString("national_code"), rs.getString("name"), rs.getString("field"),
                Procedure.Level.valueOf(rs.getString("level")), time, rs.getLong("fee"), rs.getBoolean("fully_online"),
                channels, rs.getString("result_name"), components(code, version), rs.getString("transfer_to"),
                transferDays == null ? null : transferDays.stripTrailingZeros());
    }

    private List<Procedure.Component> components(String code, int version) {
        return jdbc.sql("""
                select name, copy_type, quantity, required from procedure_component
                where procedure_code = ? and version = ? order by ordinal""")
                .params(code, version)
                .query((rs, row) -> new Procedure.Component(rs.getString(1), Procedure.CopyType.valueOf(rs.getString(2)),
                        rs.getInt(3), rs.getBoolean(4)))
                .list();
    }

    /** The latest version of the procedure published under a national code (abolished or not). */
    Optional<Procedure> latestByNationalCode(String nationalCode) {
        return jdbc.sql("select " + COLUMNS + " from procedure p where p.national_code = ?" + LATEST
                        + " order by p.code limit 1").param(nationalCode).query(this::row).optional();
    }

    boolean isAbolished(String code) {
        return jdbc.sql("select exists (select 1 from procedure_abolished where code = ?)").param(code)
                .query(Boolean.class).single();
    }

    /** Stops offering the procedure; returns whether it was offered until now. */
    boolean abolish(String code, String decision, java.time.Instant at) {
        return jdbc.sql("insert into procedure_abolished (code, abolished_at, decision) values (?, ?, ?) on conflict do nothing")
                .params(code, java.sql.Timestamp.from(at), decision).update() == 1;
    }

    /** Offers the procedure again (the national catalog brought it back). */
    void restore(String code) {
        jdbc.sql("delete from procedure_abolished where code = ?").param(code).update();
    }

    void recordImport(String decision, String by, java.time.Instant at, CatalogUpdate.Outcome outcome) {
        jdbc.sql("""
                insert into catalog_import (decision, imported_by, imported_at, added, changed, unchanged, abolished)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(decision, by, java.sql.Timestamp.from(at), outcome.added().size(), outcome.changed().size(),
                        outcome.unchanged(), outcome.abolished().size())
                .update();
    }
}
