package vn.xaso.audit.web;

import vn.xaso.audit.AuditTrail;
import vn.xaso.audit.ChainCheck;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The chain check for operations and scripts: {@code GET /api/v1/audit/check}. */
@RestController
class AuditApi {

    private final AuditTrail trail;

    AuditApi(AuditTrail trail) {
        this.trail = trail;
    }

    @GetMapping("/api/v1/audit/check")
    @PreAuthorize("hasAnyRole('PROVINCE_ADMIN', 'MONITOR')")
    ChainCheck check() {
        return trail.check();
    }
}
