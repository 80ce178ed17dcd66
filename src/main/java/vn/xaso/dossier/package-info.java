/**
 * One-stop dossiers (hồ sơ thủ tục hành chính): intake at the counter, by post or online, the dossier
 * code, the appointment, supplements (the clock stops), assignment, proposal, approval, transfer to
 * another unit, apology and new appointment, stop, withdrawal, return of the result, and tracking.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Dossiers", allowedDependencies = {"catalog", "workflow", "calendar", "organization", "identity", "files", "signing", "document", "audit", "api"})
package vn.xaso.dossier;
