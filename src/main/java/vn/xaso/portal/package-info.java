/**
 * The citizen portal: the procedure catalog and dossier tracking for everyone; online submission with
 * uploads, following one's dossiers, supplementing when asked and rating the service for citizens.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Citizen portal", allowedDependencies = {"dossier", "catalog", "identity", "files", "organization", "calendar", "api"})
package vn.xaso.portal;
