package vn.xaso.catalog;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;

/** Procedure versions and their components, in plain SQL. */
@Repository
class Procedures {

    static final String COLUMNS = """
            p.code, p.version, p.national_code, p.name, p.field, p.level, p.time_kind, p.time_amount, p.fee,
            p.fully_online, p.channels, p.result_name, p.transfer_to, p.transfer_days, p.sheet""";
    static final String LATEST = " and p.version = (select max(version) from procedure v where v.code = p.code)";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;
    /**
     * Procedure versions never change once published, and every dossier action reads its own: each is read once and
     * kept, only once committed (a publication rolled back is never kept, its number may come again).
     */
    private final Map<String, Procedure> versions = new ConcurrentHashMap<>();

    Procedures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Procedure> latest(String code) {
        return jdbc.sql("select max(version) from procedure where code = ?").param(code).query(Integer.class).optional()
                .flatMap(version -> version(code, version));
    }

    Optional<Procedure> version(String code, int version) {
        Procedure kept = versions.get(code + "@" + version);
        if (kept != null) {
            return Optional.of(kept);
        }
        Optional<Procedure> read = one(jdbc.sql("select " + COLUMNS + " from procedure p where p.code = ? and p.version = ?")
                .params(code, version).query(this::row).optional());
        read.ifPresent(this::keep);
        return read;
    }

    private void keep(Procedure p) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            versions.put(p.code() + "@" + p.version(), p);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                versions.put(p.code() + "@" + p.version(), p);
            }
        });
    }

    private Optional<Procedure> one(Optional<Procedure> found) {
        return found.map(p -> withComponents(List.of(p)).get(0));
    }

    /** The procedures with their components, read in one query whatever their number. */
    List<Procedure> withComponents(List<Procedure> procedures) {
        if (procedures.isEmpty()) {
            return procedures;
        }
        Map<String, List<Procedure.Component>> byVersion = new HashMap<>();
        jdbc.sql("""
                select procedure_code, version, name, copy_type, quantity, required, grp, present_only, description
                from procedure_component where (procedure_code, version) in (select * from unnest(?, ?))
                order by procedure_code, version, ordinal""")
                .params(procedures.stream().map(Procedure::code).toArray(String[]::new),
                        procedures.stream().map(Procedure::version).toArray(Integer[]::new))
                .query(rs -> {
                    byVersion.computeIfAbsent(rs.getString(1) + "@" + rs.getInt(2), key -> new ArrayList<>())
                            .add(new Procedure.Component(rs.getString(3), Procedure.CopyType.valueOf(rs.getString(4)),
                                    rs.getInt(5), rs.getBoolean(6), rs.getString(7), rs.getBoolean(8), rs.getString(9)));
                });
        return procedures.stream().map(p -> new Procedure(p.code(), p.version(), p.nationalCode(), p.name(), p.field(),
                p.level(), p.processingTime(), p.fee(), p.fullyOnline(), p.channels(), p.resultName(),
                byVersion.getOrDefault(p.code() + "@" + p.version(), List.of()), p.transferTo(), p.transferDays(), p.sheet()))
                .toList();
    }

    /** Latest versions with something to confirm, by code (a handful of hundreds at most: keyset on the code). */
    List<Procedure> toConfirm(String after, int limit) {
        return withComponents(jdbc.sql("select " + COLUMNS + " from procedure p where true" + LATEST + """
                 and jsonb_array_length(coalesce(p.sheet -> 'toConfirm', '[]'::jsonb)) > 0
                 and not exists (select 1 from procedure_abolished a where a.code = p.code)
                 and p.code > :after
                order by p.code limit :limit""")
                .param("after", after == null ? "" : after).param("limit", limit).query(this::row).list());
    }

    List<String> fields() {
        return jdbc.sql("select distinct field from procedure p where not exists (select 1 from procedure_abolished a where a.code = p.code) order by field")
                .query(String.class).list();
    }

    int nextVersion(String code) {
        return jdbc.sql("select coalesce(max(version), 0) + 1 from procedure where code = ?").param(code)
                .query(Integer.class).single();
    }

    void insert(Procedure p) {
        Procedure.ProcessingTime time = p.processingTime();
        jdbc.sql("""
                insert into procedure (code, version, national_code, name, field, level, time_kind, time_amount, fee,
                                       fully_online, channels, result_name, transfer_to, transfer_days, sheet)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb))""")
                .params(p.code(), p.version(), p.nationalCode(), p.name(), p.field(), p.level().name(), kind(time),
                        time == null ? null : amount(time), p.fee(), p.fullyOnline(),
                        p.channels().stream().map(Enum::name).sorted().collect(Collectors.joining(",")),
                        p.resultName(), p.transferTo(), p.transferDays(), JSON.writeValueAsString(p.sheet()))
                .update();
        for (int i = 0; i < p.components().size(); i++) {
            Procedure.Component c = p.components().get(i);
            jdbc.sql("""
                    insert into procedure_component (procedure_code, version, ordinal, name, copy_type, quantity, required,
                                                     grp, present_only, description)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(p.code(), p.version(), i, c.name(), c.copyType().name(), c.quantity(), c.required(), c.group(),
                            c.presentOnly(), c.description())
                    .update();
        }
    }

    private static String kind(Procedure.ProcessingTime time) {
        if (time == null) {
            return "TO_CONFIRM";
        }
        if (Boolean.TRUE.equals(time.sameDay())) {
            return "SAME_DAY";
        }
        return time.calendarDays() != null ? "CALENDAR_DAYS" : time.workingDays() != null ? "WORKING_DAYS" : "WORKING_HOURS";
    }

    private static BigDecimal amount(Procedure.ProcessingTime time) {
        return time.calendarDays() != null ? time.calendarDays() : time.workingDays() != null ? time.workingDays() : time.workingHours();
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

    /** A procedure version as read from the row, its components not yet read ({@link #withComponents}). */
    Procedure row(ResultSet rs, int row) throws SQLException {
        String code = rs.getString("code");
        int version = rs.getInt("version");
        String kind = rs.getString("time_kind");
        BigDecimal amount = rs.getBigDecimal("time_amount");
        Procedure.ProcessingTime time = switch (kind) {
            case "TO_CONFIRM" -> null;
            case "SAME_DAY" -> Procedure.ProcessingTime.sameDayOnly();
            case "CALENDAR_DAYS" -> Procedure.ProcessingTime.calendar(amount.stripTrailingZeros());
            case "WORKING_HOURS" -> new Procedure.ProcessingTime(null, amount.stripTrailingZeros(), null);
            default -> new Procedure.ProcessingTime(amount.stripTrailingZeros(), null, null);
        };
        String sheet = rs.getString("sheet");
        Set<Procedure.Channel> channels = EnumSet.noneOf(Procedure.Channel.class);
        Arrays.stream(rs.getString("channels").split(",")).filter(s -> !s.isBlank())
                .map(Procedure.Channel::valueOf).forEach(channels::add);
        BigDecimal transferDays = rs.getBigDecimal("transfer_days");
        return new Procedure(code, version, rs.getString("national_code"), rs.getString("name"), rs.getString("field"),
                Procedure.Level.valueOf(rs.getString("level")), time, rs.getLong("fee"), rs.getBoolean("fully_online"),
                channels, rs.getString("result_name"), List.of(), rs.getString("transfer_to"),
                transferDays == null ? null : transferDays.stripTrailingZeros(),
                sheet == null ? Sheet.of(rs.getLong("fee")) : JSON.readValue(sheet, Sheet.class));
    }

    /** The latest version of the procedure published under a national code (abolished or not). */
    Optional<Procedure> latestByNationalCode(String nationalCode) {
        return one(jdbc.sql("select " + COLUMNS + " from procedure p where p.national_code = ?" + LATEST
                + " order by p.code limit 1").param(nationalCode).query(this::row).optional());
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
