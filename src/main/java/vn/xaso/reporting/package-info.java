/**
 * Reports on the one-stop work: Biểu 06 (received, resolved early / on time / late, pending within time / overdue),
 * kept in small daily rollups fed by the dossiers' events and rebuilt from the dossiers on demand. Nothing depends
 * on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reports", allowedDependencies = {"dossier", "catalog", "calendar", "organization", "identity", "files", "api"})
package vn.xaso.reporting;
