package vn.xaso.organization.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.xaso.api.CursorPage;
import vn.xaso.organization.FeeCollector;
import vn.xaso.organization.FeeCollectors;
import vn.xaso.organization.IssuingBodies;
import vn.xaso.organization.IssuingBody;
import vn.xaso.organization.Organization;
import vn.xaso.organization.Unit;
import vn.xaso.organization.UnitDetails;
import vn.xaso.organization.UnitQuery;

/** Administrative units: public reference data for every logged-in user, changed by province administrators. */
@RestController
@RequestMapping("/api/v1/units")
class UnitsApi {

    private final Organization organization;
    private final IssuingBodies issuingBodies;
    private final FeeCollectors feeCollectors;

    UnitsApi(Organization organization, IssuingBodies issuingBodies, FeeCollectors feeCollectors) {
        this.organization = organization;
        this.issuingBodies = issuingBodies;
        this.feeCollectors = feeCollectors;
    }

    /**
     * The unit as the collector of fees, as its e-receipts name it: tax code, receipt form and series symbols, and
     * {@code missing}: those not yet entered.
     */
    @GetMapping("/{code}/fee-collector")
    @PreAuthorize("hasAnyRole('COUNTER', 'SPECIALIST', 'LEADER', 'CLERK', 'UNIT_ADMIN', 'PROVINCE_ADMIN', 'MONITOR')")
    FeeCollectorView feeCollector(@PathVariable String code) {
        return FeeCollectorView.of(feeCollectors.of(code));
    }

    @PutMapping("/{code}/fee-collector")
    @PreAuthorize("hasRole('PROVINCE_ADMIN')")
    FeeCollectorView setFeeCollector(@PathVariable String code, @Valid @RequestBody FeeCollectorEntry entry) {
        return FeeCollectorView.of(feeCollectors.set(code, entry.taxCode(), entry.receiptForm(), entry.receiptSeries()));
    }

    record FeeCollectorEntry(@Size(max = 20) String taxCode, @Size(max = 40) String receiptForm,
            @Size(max = 40) String receiptSeries) {
    }

    record FeeCollectorView(String unitCode, String taxCode, String receiptForm, String receiptSeries, List<String> missing) {
        static FeeCollectorView of(FeeCollector c) {
            return new FeeCollectorView(c.unitCode(), c.taxCode(), c.receiptForm(), c.receiptSeries(), c.missing());
        }
    }

    /** The unit as the issuer of its papers: header name, symbol abbreviation, head's title, drafting departments. */
    @GetMapping("/{code}/issuing-body")
    IssuingBody issuingBody(@PathVariable String code) {
        return issuingBodies.of(code);
    }

    @PutMapping("/{code}/issuing-body")
    @PreAuthorize("hasRole('PROVINCE_ADMIN')")
    IssuingBody setIssuingBody(@PathVariable String code, @Valid @RequestBody IssuingBodyEntry entry) {
        organization.requireUnit(code);
        return issuingBodies.set(code, new IssuingBodies.Settings(entry.abbreviation(), entry.governingName(),
                entry.headTitle(), entry.departments() == null ? null
                        : entry.departments().stream().map(d -> new IssuingBody.Department(d.code(), d.name())).toList()));
    }

    record IssuingBodyEntry(@Size(max = 20) String abbreviation, @Size(max = 200) String governingName,
            @Size(max = 100) String headTitle, @Size(max = 30) List<@NotNull @Valid DepartmentEntry> departments) {
    }

    record DepartmentEntry(@NotBlank @Size(max = 10) String code, @NotBlank @Size(max = 200) String name) {
    }

    /** Units in effect today (or all, with {@code includeHistory}), optionally below {@code parent} or matching {@code q}. */
    @GetMapping
    CursorPage<UnitView> list(@RequestParam(required = false) String parent, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "false") boolean includeHistory,
            @RequestParam(required = false) Integer limit, @RequestParam(required = false) String cursor) {
        int size = CursorPage.limit(limit);
        var units = organization.units(new UnitQuery(parent, q, includeHistory, cursor), size + 1)
                .stream().map(UnitView::of).toList();
        return CursorPage.of(units, size, UnitView::code);
    }

    @GetMapping("/{code}")
    UnitView get(@PathVariable String code) {
        return UnitView.of(organization.requireUnit(code));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('PROVINCE_ADMIN')")
    UnitView create(@Valid @RequestBody UnitDetails details) {
        return UnitView.of(organization.createUnit(details));
    }

    @PutMapping("/{code}")
    @PreAuthorize("hasRole('PROVINCE_ADMIN')")
    UnitView update(@PathVariable String code, @Valid @RequestBody UnitDetails details,
            @RequestParam(required = false) Integer version) {
        Unit unit = organization.updateUnit(code, details, version);
        return UnitView.of(unit);
    }
}
