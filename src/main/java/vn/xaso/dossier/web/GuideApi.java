package vn.xaso.dossier.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.xaso.api.Inputs;
import vn.xaso.dossier.ProcedureGuide;

/**
 * A procedure's guide (Hướng dẫn): everything the catalog says of it, what the unit does with it, and what the unit and
 * its province most often ask to supplement and refuse for it. Open to everyone: it carries no personal data.
 */
@RestController
class GuideApi {

    private final ProcedureGuide guides;

    GuideApi(ProcedureGuide guides) {
        this.guides = guides;
    }

    @GetMapping({"/api/v1/procedures/{code}/guide", "/api/v1/public/procedures/{code}/guide"})
    ProcedureGuide.Guide guide(@PathVariable String code, @RequestParam(required = false) String unit) {
        return guides.guide(code, Inputs.blankToNull(unit));
    }
}
