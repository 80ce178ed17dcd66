package vn.xaso.organization;

import java.util.Locale;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.xaso.api.InvalidInput;
import vn.xaso.audit.AuditEvent;

/** What each unit prints on its e-receipts as the collector of fees; set by a province administrator. */
@Service
public class FeeCollectors {

    /** A tax code: 10 digits, or 10 digits, a hyphen and 3 for a dependent unit (Luật Quản lý thuế 2019, art. 30). */
    private static final String TAX_CODE = "\\d{10}(-\\d{3})?";
    /** A symbol as registered: letters (Vietnamese ones too), digits, '/', '-' and '.'. */
    private static final String SYMBOL = "[\\p{L}\\d/.\\-]{1,20}";

    private final Organization organization;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    FeeCollectors(Organization organization, JdbcClient jdbc, ApplicationEventPublisher events) {
        this.organization = organization;
        this.jdbc = jdbc;
        this.events = events;
    }

    public FeeCollector of(String unitCode) {
        organization.requireUnit(unitCode);
        return jdbc.sql("select tax_code, receipt_form, receipt_series from unit_fee_collector where unit_code = ?")
                .param(unitCode).query((rs, row) -> new FeeCollector(unitCode, rs.getString(1), rs.getString(2), rs.getString(3)))
                .optional().orElse(new FeeCollector(unitCode, null, null, null));
    }

    /** Sets all three (a blank one is cleared): 400 naming the field that is not a tax code or a symbol. */
    @Transactional
    public FeeCollector set(String unitCode, String taxCode, String receiptForm, String receiptSeries) {
        FeeCollector before = of(unitCode);
        FeeCollector after = new FeeCollector(unitCode,
                checked("taxCode", "organization.fee-collector.tax-code", taxCode, TAX_CODE),
                checked("receiptForm", "organization.fee-collector.receipt-form", receiptForm, SYMBOL),
                checked("receiptSeries", "organization.fee-collector.receipt-series", receiptSeries, SYMBOL));
        jdbc.sql("""
                insert into unit_fee_collector (unit_code, tax_code, receipt_form, receipt_series) values (?, ?, ?, ?)
                on conflict (unit_code) do update set tax_code = excluded.tax_code, receipt_form = excluded.receipt_form,
                    receipt_series = excluded.receipt_series""")
                .params(unitCode, after.taxCode(), after.receiptForm(), after.receiptSeries()).update();
        events.publishEvent(AuditEvent.of("organization.fee-collector-set", unitCode, "unit", unitCode, before.toString(),
                after.toString()));
        return after;
    }

    private static String checked(String field, String refusal, String value, String pattern) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip().toUpperCase(Locale.forLanguageTag("vi"));
        if (!v.matches(pattern)) {
            throw new InvalidInput(field, refusal);
        }
        return v;
    }
}
