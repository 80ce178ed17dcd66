package vn.xaso.audit.web;

import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.xaso.audit.AuditEntry;
import vn.xaso.audit.AuditTrail;

/** The province administrator's view of the audit trail, with a button that checks the whole chain. */
@Controller
@PreAuthorize("hasRole('PROVINCE_ADMIN')")
class AuditPages {

    private static final int PAGE = 100;

    private final AuditTrail trail;

    AuditPages(AuditTrail trail) {
        this.trail = trail;
    }

    @GetMapping("/admin/audit")
    String list(@RequestParam(required = false) Long before, @RequestParam(required = false) String unit, Model model) {
        String unitCode = unit == null || unit.isBlank() ? null : unit.strip();
        List<AuditEntry> entries = trail.newest(before, unitCode, PAGE + 1);
        model.addAttribute("entries", entries.subList(0, Math.min(PAGE, entries.size())));
        model.addAttribute("next", entries.size() > PAGE ? entries.get(PAGE - 1).id() : null);
        model.addAttribute("unit", unitCode);
        return "audit/entries";
    }

    @PostMapping("/admin/audit/check")
    String check(Model model) {
        model.addAttribute("check", trail.check());
        return list(null, null, model);
    }
}
