package vn.xaso.organization;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Units and their merger links, in plain SQL. */
@Repository
class Units {

    private static final String COLUMNS =
            "code, name, type, parent_code, stat_code, valid_from, valid_to, successor_code, version";

    private final JdbcClient jdbc;

    Units(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Unit> find(String code) {
        return jdbc.sql("select " + COLUMNS + " from unit where code = ?").param(code)
                .query(Units::row).optional().map(unit -> withMergers(List.of(unit)).get(0));
    }

    boolean exists(String code) {
        return jdbc.sql("select exists(select 1 from unit where code = ?)").param(code).query(Boolean.class).single();
    }

    /**
     * One page of units ordered by (length of code, code) so H40.2 comes before H40.10; {@code after}
     * is the last code of the previous page.
     */
    List<Unit> page(UnitQuery query, LocalDate today, int limit) {
        String sql = "select " + COLUMNS + " from unit where true"
                + (query.parent() != null ? " and parent_code = :parent" : "")
                + (query.includeHistory() ? "" : " and valid_from <= :today and (valid_to is null or valid_to >= :today)")
                + (query.text() != null ? " and (unaccent(lower(name)) like '%' || unaccent(lower(:text)) || '%'"
                        + " or code ilike :text || '%' or stat_code = :text)" : "")
                + (query.after() != null ? " and (length(code), code) > (length(:after), :after)" : "")
                + " order by length(code), code limit :limit";
        var spec = jdbc.sql(sql).param("today", today).param("limit", limit);
        if (query.parent() != null) {
            spec = spec.param("parent", query.parent());
        }
        if (query.text() != null) {
            spec = spec.param("text", query.text());
        }
        if (query.after() != null) {
            spec = spec.param("after", query.after());
        }
        return withMergers(spec.query(Units::row).list());
    }

    /** Whether {@code code} is {@code ancestor} or lies below it in the unit tree. */
    boolean isWithin(String code, String ancestor) {
        return jdbc.sql("""
                with recursive up(code, parent_code) as (
                    select code, parent_code from unit where code = ?
                    union all
                    select u.code, u.parent_code from unit u join up on u.code = up.parent_code
                )
                select exists(select 1 from up where code = ?)""")
                .params(code, ancestor).query(Boolean.class).single();
    }

    void insert(Unit unit) {
        jdbc.sql("insert into unit (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, 0)")
                .params(unit.code(), unit.name(), unit.type().name(), unit.parentCode(), unit.statCode(),
                        Date.valueOf(unit.validFrom()), date(unit.validTo()), unit.successorCode())
                .update();
        insertMergers(unit);
    }

    /** Updates the unit if nobody changed it since {@code expectedVersion}; false if somebody did. */
    boolean update(Unit unit, int expectedVersion) {
        int updated = jdbc.sql("""
                update unit set name = ?, type = ?, parent_code = ?, stat_code = ?, valid_from = ?, valid_to = ?,
                                successor_code = ?, version = version + 1
                where code = ? and version = ?""")
                .params(unit.name(), unit.type().name(), unit.parentCode(), unit.statCode(),
                        Date.valueOf(unit.validFrom()), date(unit.validTo()), unit.successorCode(),
                        unit.code(), expectedVersion)
                .update();
        if (updated == 1) {
            jdbc.sql("delete from unit_merger where unit_code = ?").param(unit.code()).update();
            insertMergers(unit);
        }
        return updated == 1;
    }

    private void insertMergers(Unit unit) {
        for (Merger merger : unit.mergedFrom()) {
            jdbc.sql("insert into unit_merger (unit_code, predecessor_code, partial) values (?, ?, ?)")
                    .params(unit.code(), merger.predecessorCode(), merger.partial()).update();
        }
    }

    private List<Unit> withMergers(List<Unit> units) {
        if (units.isEmpty()) {
            return units;
        }
        Map<String, List<Merger>> mergers = new LinkedHashMap<>();
        jdbc.sql("""
                select m.unit_code, m.predecessor_code, p.name, m.partial
                from unit_merger m join unit p on p.code = m.predecessor_code
                where m.unit_code = any(?) order by m.unit_code, p.name""")
                .param(units.stream().map(Unit::code).toArray(String[]::new))
                .query(rs -> {
                    mergers.computeIfAbsent(rs.getString(1), key -> new ArrayList<>())
                            .add(new Merger(rs.getString(2), rs.getString(3), rs.getBoolean(4)));
                });
        return units.stream().map(unit -> new Unit(unit.code(), unit.name(), unit.type(), unit.parentCode(),
                unit.statCode(), unit.validFrom(), unit.validTo(), unit.successorCode(),
                List.copyOf(mergers.getOrDefault(unit.code(), List.of())), unit.version())).toList();
    }

    private static Date date(LocalDate day) {
        return day == null ? null : Date.valueOf(day);
    }

    private static Unit row(ResultSet rs, int row) throws SQLException {
        Date validTo = rs.getDate("valid_to");
        return new Unit(rs.getString("code"), rs.getString("name"), UnitType.valueOf(rs.getString("type")),
                rs.getString("parent_code"), rs.getString("stat_code"), rs.getDate("valid_from").toLocalDate(),
                validTo == null ? null : validTo.toLocalDate(), rs.getString("successor_code"), List.of(),
                rs.getInt("version"));
    }
}
