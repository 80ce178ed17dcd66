package vn.xaso.dossier;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.xaso.organization.Organization;

/** Fees collected and refunded, and the units' receipt series, in plain SQL. */
@Repository
class Payments {

    private final JdbcClient jdbc;

    Payments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records the dossier's payment under the next number of the unit's receipt series of the year (the counter's row
     * stays locked until the transaction ends: no duplicate, no gap). The dossier is locked by the caller.
     */
    Payment pay(Dossier d, Charge charge, String method, String note, String by, Instant at) {
        return pay(d, charge, method, note, by, at, null);
    }

    /** A payment taken that the dossier cannot take now ({@code unsettled}: why): recorded, receipt and all. */
    Payment pay(Dossier d, Charge charge, String method, String note, String by, Instant at, String unsettled) {
        int year = LocalDate.ofInstant(at, Organization.ZONE).getYear();
        int number = jdbc.sql("""
                insert into receipt_counter (unit_code, year, last) values (?, ?, 1)
                on conflict (unit_code, year) do update set last = receipt_counter.last + 1 returning last""")
                .params(d.unitCode(), year).query(Integer.class).single();
        jdbc.sql("""
                insert into dossier_payment (dossier_code, unit_code, kind, method, amount, receipt_year, receipt_number,
                    note, by_username, at, unsettled, fee_kind, units, exemption)
                values (?, ?, 'PAYMENT', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(d.code(), d.unitCode(), method, charge.amount(), year, number, note, by, Timestamp.from(at), unsettled,
                        charge.feeKind(), charge.units(), charge.exemption()).update();
        return new Payment("PAYMENT", method, charge.amount(), year, number, note, by, at, unsettled, charge.feeKind(),
                charge.units(), charge.exemption());
    }

    /** The payment waiting for the counter is applied now (the dossier received, or the fee refunded). */
    void settle(String code) {
        jdbc.sql("update dossier_payment set unsettled = null where dossier_code = ? and kind = 'PAYMENT' and unsettled is not null")
                .param(code).update();
    }

    /** Records that the fee paid is given back, once, for {@code reason}. */
    void refund(Dossier d, Payment paid, String reason, String by, Instant at) {
        jdbc.sql("""
                insert into dossier_payment (dossier_code, unit_code, kind, method, amount, note, by_username, at)
                values (?, ?, 'REFUND', ?, ?, ?, ?, ?) on conflict do nothing""")
                .params(d.code(), d.unitCode(), paid.method(), paid.amount(), reason, by, Timestamp.from(at)).update();
    }

    List<Payment> of(String code) {
        return jdbc.sql("""
                select kind, method, amount, receipt_year, receipt_number, note, by_username, at, unsettled, fee_kind, units,
                       exemption from dossier_payment
                where dossier_code = ? order by id""")
                .param(code)
                .query((rs, n) -> new Payment(rs.getString(1), rs.getString(2), rs.getLong(3), (Integer) rs.getObject(4),
                        (Integer) rs.getObject(5), rs.getString(6), rs.getString(7), rs.getTimestamp(8).toInstant(),
                        rs.getString(9), rs.getString(10), (Integer) rs.getObject(11), rs.getString(12)))
                .list();
    }

    java.util.Optional<Payment> paid(String code) {
        return of(code).stream().filter(p -> p.kind().equals("PAYMENT")).findFirst();
    }
}
