package vn.xaso.catalog.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.xaso.api.CursorPage;
import vn.xaso.api.Inputs;
import vn.xaso.catalog.Catalog;
import vn.xaso.catalog.Offerings;
import vn.xaso.catalog.Offered;
import vn.xaso.catalog.Procedure;

/** The procedure catalog: for officials under {@code /api/v1}, for everyone under {@code /api/v1/public}. */
@RestController
class ProceduresApi {

    private final Catalog catalog;
    private final Offerings offerings;

    ProceduresApi(Catalog catalog, Offerings offerings) {
        this.offerings = offerings;
        this.catalog = catalog;
    }

    /**
     * Procedures offered by a unit, each with what the unit does with it; {@code q} is ranked search (names, folk
     * names, codes, fields, components; with or without diacritics; a typo tolerated), {@code field} one field.
     */
    @GetMapping({"/api/v1/procedures", "/api/v1/public/procedures"})
    CursorPage<Offered> list(@RequestParam(required = false) String unit, @RequestParam(required = false) String q,
            @RequestParam(required = false) String field, @RequestParam(required = false) Integer limit) {
        int size = CursorPage.limit(limit);
        return new CursorPage<>(offerings.find(Inputs.blankToNull(unit), Inputs.blankToNull(q), Inputs.blankToNull(field), size),
                null);
    }

    @GetMapping({"/api/v1/procedures/{code}", "/api/v1/public/procedures/{code}"})
    Procedure get(@PathVariable String code) {
        return catalog.requireProcedure(code);
    }
}
