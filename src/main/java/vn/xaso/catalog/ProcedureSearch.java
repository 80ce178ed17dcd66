package vn.xaso.catalog;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Finding procedures as people name them, and what each unit offers. A search scores the procedures the indexes find
 * for the words typed: how many of them are close (trigrams, so a typo still finds it) to a word of its name or folk
 * names ("lam giay khai sinh"), how close the whole text is to its name (a short name beats a longer one containing
 * it), its field named (the whole field asked for: that field's procedures first), the words found in its code, field
 * and components (full text), and the national code typed whole or in part; the best first. Words typed with
 * diacritics are matched with them ("hộ tịch" is not "hỗ trợ"). Without words, the list is by field and name. Each row
 * carries the unit's offering: its own choice, else its province's, else the default ({@link Offering#byDefault}).
 */
@Repository
class ProcedureSearch {

    /** A procedure and what the unit asked about does with it. */
    record Found(Procedure procedure, Offering offering) {
    }

    /** What to look for: words (or none), of one level and field (or any), for a unit and its ancestors (or none). */
    record Query(String text, Procedure.Level level, String field, List<String> scopes, boolean withNotOffered, int limit) {
    }

    /** Words people put before and after a procedure's name when they ask for it: "tôi muốn làm…", "… ở đâu". */
    private static final Pattern LEADING = Pattern.compile("^(?:(?:toi|muon|can|lam|xin|thu tuc)\\s+)+");
    private static final Pattern TRAILING = Pattern.compile(
            "(?:\\s+(?:o dau|nhu the nao|the nao|can gi|can nhung gi|bao lau|mat bao lau|het bao nhieu tien))+$");
    private static final Pattern CODE = Pattern.compile("[0-9][0-9.]{2,}");
    private static final String DEFAULT_OFFERING =
            "case when coalesce(p.sheet ->> 'levels', 'Cấp xã') = 'Cấp xã' then 'CARRY_OUT' else 'RECEIVE_ONLY' end";
    /** The unit's offering of procedure {@code p}: its own choice, else its nearest ancestor's, else the default. */
    private static final String OFFERING = "select coalesce((select o.offering from procedure_offering o "
            + "where o.procedure_code = p.code and o.scope = any(:scopes) order by array_position(:scopes, o.scope) limit 1), "
            + DEFAULT_OFFERING + ") as offering";
    /** Without words: the procedures in order of field and name. */
    private static final String LISTING = "select " + Procedures.COLUMNS + ", o.offering from procedure p cross join lateral ("
            + OFFERING + ") o where true" + Procedures.LATEST + """
             and (cast(:level as varchar) is null or p.level = :level)
             and (cast(:field as text) is null or p.field = :field)
             and not exists (select 1 from procedure_abolished a where a.code = p.code)
             and (:all or o.offering <> 'NONE')
            order by p.field, p.name, p.code limit :limit""";

    private final JdbcClient jdbc;
    private final Procedures procedures;

    ProcedureSearch(JdbcClient jdbc, Procedures procedures) {
        this.jdbc = jdbc;
        this.procedures = procedures;
    }

    List<Found> find(Query query) {
        Words words = Words.of(query.text());
        String code = query.text() != null && CODE.matcher(query.text().strip()).matches() ? query.text().strip() : null;
        var sql = jdbc.sql(words.text() == null ? LISTING : """
                with typed(word, i) as (select * from unnest(cast(:words as text[])) with ordinality),
                matched as (
                    select t.i, v.word from typed t
                    join procedure_search_vocabulary v on v.accented = :accented and similarity(v.word, t.word) >= 0.7),
                covered as (
                    select w.code, count(distinct m.i) as words from matched m
                    join procedure_search_word w on w.word = m.word and w.accented = :accented
                    group by w.code),
                bodies as (
                    select s.code from procedure_search s where s.body @@ plainto_tsquery('simple', :plainText)),
                named as (
                    select f.field, f.accented, case when similarity(:text, f.field) >= 0.8 then 3 else 1 end as bonus
                    from (select distinct field, false as accented from procedure_search
                          union select distinct field_vi, true from procedure_search) f
                    where f.accented = :accented and (similarity(:text, f.field) >= 0.8 or word_similarity(:text, f.field) >= 0.8)),
                fields as (
                    select s.code, n.bonus from named n
                    join procedure_search s on (case when n.accented then s.field_vi else s.field end) = n.field),
                coded as (
                    select p.code, case when p.national_code = :code or p.code = :code then 100 else 50 end as bonus
                    from procedure p where cast(:code as text) is not null and (p.national_code like :code || '%' or p.code = :code)),
                candidates as materialized (
                    select code from covered union select code from bodies union select code from fields union select code from coded),
                scored as materialized (
                    select c.code, (select max(version) from procedure v where v.code = c.code) as version, coalesce(k.bonus, 0) + 4.0 * coalesce(v.words, 0) / :n
                           + 2 * coalesce((select max(similarity(:text, a)) from unnest(string_to_array(
                                 case when :accented then s.title_vi else s.title end, ' | ')) a), 0)
                           + coalesce(f.bonus, 0)
                           + (select count(*) from unnest(cast(:plainWords as text[])) w
                              where s.body @@ to_tsquery('simple', quote_literal(w))) * 1.0 / :n as score
                    from candidates c join procedure_search s on s.code = c.code
                    left join covered v on v.code = c.code left join fields f on f.code = c.code left join coded k on k.code = c.code)
                select""" + " " + Procedures.COLUMNS + ", o.offering from scored x "
                + "cross join lateral (select * from procedure p where p.code = x.code and p.version = x.version limit 1) p "
                + "cross join lateral (" + OFFERING + ") o " + """
                where x.score >= 1 and (cast(:level as varchar) is null or p.level = :level)
                  and (cast(:field as text) is null or p.field = :field)
                  and not exists (select 1 from procedure_abolished a where a.code = p.code)
                  and (:all or o.offering <> 'NONE')
                order by x.score desc, p.field, p.name, p.code limit :limit""")
                .param("scopes", query.scopes().toArray(String[]::new))
                .param("text", words.text()).param("accented", words.accented())
                .param("words", words.words()).param("plainWords", words.plainWords()).param("n", Math.max(1, words.words().length))
                .param("plainText", String.join(" ", words.plainWords())).param("code", code)
                .param("level", query.level() == null ? null : query.level().name()).param("field", query.field())
                .param("all", query.withNotOffered()).param("limit", query.limit());
        List<Object[]> rows = sql.query((rs, n) -> new Object[] {procedures.row(rs, n), Offering.valueOf(rs.getString("offering"))})
                .list();
        List<Procedure> found = procedures.withComponents(rows.stream().map(r -> (Procedure) r[0]).toList());
        return java.util.stream.IntStream.range(0, found.size())
                .mapToObj(i -> new Found(found.get(i), (Offering) rows.get(i)[1])).toList();
    }

    /** The offering a unit (with its ancestors, nearest first) has for one procedure. */
    Offering offering(Procedure procedure, List<String> scopes) {
        return jdbc.sql("""
                select o.offering from procedure_offering o where o.procedure_code = :code and o.scope = any(:scopes)
                order by array_position(:scopes, o.scope) limit 1""")
                .param("code", procedure.code()).param("scopes", scopes.toArray(String[]::new))
                .query((rs, n) -> Offering.valueOf(rs.getString(1))).optional()
                .orElseGet(() -> Offering.byDefault(procedure.sheet()));
    }

    /** What each unit (given with its parent, the province) offers, counted; units offering nothing are left out. */
    Map<String, OfferedCounts> counts(List<String> units, List<String> parents, Procedure.Level level) {
        Map<String, OfferedCounts> counts = new java.util.HashMap<>();
        jdbc.sql("""
                select u.code, count(*),
                       count(*) filter (where p.time_kind <> 'TO_CONFIRM'
                           and exists (select 1 from procedure_component c where c.procedure_code = p.code and c.version = p.version)),
                       count(*) filter (where p.fully_online),
                       count(*) filter (where p.fee > 0),
                       count(*) filter (where p.fee > 0 and p.channels like '%ONLINE%')
                from unnest(cast(:units as varchar[]), cast(:parents as varchar[])) as u(code, parent)
                cross join procedure p
                cross join lateral (select coalesce(
                    (select o.offering from procedure_offering o where o.procedure_code = p.code and o.scope = u.code),
                    (select o.offering from procedure_offering o where o.procedure_code = p.code and o.scope = u.parent),
                """ + DEFAULT_OFFERING + ") as offering) o where p.level = :level" + Procedures.LATEST + """
                  and not exists (select 1 from procedure_abolished a where a.code = p.code)
                  and o.offering <> 'NONE'
                group by u.code""")
                .param("units", units.toArray(String[]::new)).param("parents", parents.toArray(String[]::new))
                .param("level", level.name())
                .query(rs -> {
                    counts.put(rs.getString(1), new OfferedCounts(rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                            rs.getLong(6)));
                });
        return counts;
    }

    /** Records a unit's (or a province's) choice for a procedure. */
    void setOffering(String procedureCode, String scope, Offering offering, String by, java.time.Instant at) {
        jdbc.sql("""
                insert into procedure_offering (procedure_code, scope, offering, set_by, set_at) values (?, ?, ?, ?, ?)
                on conflict (procedure_code, scope) do update
                    set offering = excluded.offering, set_by = excluded.set_by, set_at = excluded.set_at""")
                .params(procedureCode, scope, offering.name(), by, java.sql.Timestamp.from(at)).update();
    }

    /** Drops the units' own choices under a province, so the province's applies to all of them. */
    void clearOfferings(String procedureCode, List<String> scopes) {
        jdbc.sql("delete from procedure_offering where procedure_code = :code and scope = any(:scopes)")
                .param("code", procedureCode).param("scopes", scopes.toArray(String[]::new)).update();
    }

    /**
     * Rewrites what search reads of the procedures' latest versions (all when {@code code} is null), and the words of
     * their titles, which typed words are matched against. The title leaves out the "Thủ tục" many national names begin
     * with, so that a shorter name is not ranked below a longer one.
     */
    void index(String code, Map<String, List<String>> folkNames) {
        String[] codes = folkNames.keySet().toArray(String[]::new);
        String[] names = folkNames.values().stream().map(list -> String.join(" | ", list)).toArray(String[]::new);
        jdbc.sql("""
                insert into procedure_search (code, title, title_vi, field, field_vi, body)
                select p.code,
                       xaso_plain(t.title), lower(t.title), xaso_plain(p.field), lower(p.field),
                       to_tsvector('simple', xaso_plain(p.code || ' ' || coalesce(p.national_code, '') || ' ' || p.field || ' '
                           || coalesce((select string_agg(c.name || ' ' || coalesce(c.description, ''), ' ') from procedure_component c
                                        where c.procedure_code = p.code and c.version = p.version), '')))
                from procedure p
                left join unnest(cast(:codes as varchar[]), cast(:names as text[])) as f(code, names)
                       on f.code = coalesce(p.national_code, p.code)
                cross join lateral (select regexp_replace(p.name, '^\\s*thủ tục\\s+', '', 'i') || coalesce(' | ' || f.names, '')
                                    as title) t
                where (cast(:code as varchar) is null or p.code = :code)""" + Procedures.LATEST + """
                on conflict (code) do update set title = excluded.title, title_vi = excluded.title_vi, field = excluded.field,
                    field_vi = excluded.field_vi, body = excluded.body""")
                .param("codes", codes).param("names", names).param("code", code).update();
        jdbc.sql("delete from procedure_search_word where cast(:code as varchar) is null or code = :code").param("code", code).update();
        jdbc.sql("""
                insert into procedure_search_word (code, word, accented)
                select distinct s.code, w.word, false from procedure_search s
                cross join regexp_split_to_table(s.title, '[^a-z0-9]+') w(word)
                where w.word <> '' and (cast(:code as varchar) is null or s.code = :code)
                union
                select distinct s.code, w.word, true from procedure_search s
                cross join regexp_split_to_table(s.title_vi, '[[:space:][:punct:]]+') w(word)
                where w.word <> '' and (cast(:code as varchar) is null or s.code = :code)""")
                .param("code", code).update();
        jdbc.sql("""
                insert into procedure_search_vocabulary (word, accented)
                select distinct word, accented from procedure_search_word on conflict do nothing""").update();
    }

    /**
     * The words typed, lower case, without the filler people put around a name ("tôi muốn làm…", "… ở đâu"); kept with
     * their diacritics when typed with them ("hộ tịch" is not "hỗ trợ"), and without them for the full-text body.
     */
    record Words(String text, boolean accented, String[] words, String[] plainWords) {

        static Words of(String typed) {
            String lower = typed == null ? "" : Normalizer.normalize(typed, Normalizer.Form.NFC).toLowerCase(Locale.ROOT)
                    .replaceAll("[^\\p{L}\\p{N}.]+", " ").strip();
            String plain = plain(lower);
            String afterLeading = LEADING.matcher(plain).replaceFirst("");
            int first = count(plain) - count(afterLeading);
            int last = first + count(TRAILING.matcher(afterLeading).replaceFirst(""));
            if (last <= first) {
                return new Words(null, false, new String[0], new String[0]);
            }
            String[] words = Arrays.copyOfRange(lower.split(" "), first, last);
            String[] plainWords = Arrays.copyOfRange(plain.split(" "), first, last);
            boolean accented = !Arrays.equals(words, plainWords);
            return new Words(String.join(" ", accented ? words : plainWords), accented, accented ? words : plainWords,
                    plainWords);
        }

        private static int count(String text) {
            return text.isBlank() ? 0 : text.strip().split(" ").length;
        }

        /** Lower case without diacritics, đ → d. */
        private static String plain(String lower) {
            return Normalizer.normalize(lower.replace('đ', 'd'), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        }
    }
}
