package vn.xaso.dossier;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.xaso.organization.Organization;

/** The record of lookups in the population database ({@code citizen_lookup}), written as each happens. */
@Repository
class CitizenLookupLog {

    private final JdbcClient jdbc;

    CitizenLookupLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void record(String username, String unitCode, String idNumber, String purpose, String outcome, Instant at) {
        jdbc.sql("insert into citizen_lookup (at, username, unit_code, id_number, purpose, outcome) values (?, ?, ?, ?, ?, ?)")
                .params(Timestamp.from(at), username, unitCode, idNumber, purpose, outcome).update();
    }

    /** The official's lookups since {@code from}, refusals not counted. */
    int since(String username, Instant from) {
        return jdbc.sql("select count(*) from citizen_lookup where username = ? and at > ? and outcome <> 'REFUSED'")
                .params(username, Timestamp.from(from)).query(Integer.class).single();
    }

    List<ApplicantLookups.Volume> unusual(LocalDate day, int unusualPerDay) {
        Instant from = day.atStartOfDay(Organization.ZONE).toInstant();
        return jdbc.sql("""
                select username, max(unit_code), count(*) filter (where outcome <> 'REFUSED'),
                       count(*) filter (where outcome = 'REFUSED'), max(at)
                from citizen_lookup where at >= ? and at < ? and username <> 'system' group by username
                having count(*) filter (where outcome <> 'REFUSED') > ? or count(*) filter (where outcome = 'REFUSED') > 0
                order by 3 desc, 1 limit 100""")
                .params(Timestamp.from(from), Timestamp.from(from.plus(Duration.ofDays(1))), unusualPerDay)
                .query((rs, n) -> new ApplicantLookups.Volume(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4),
                        rs.getTimestamp(5).toInstant()))
                .list();
    }
}
