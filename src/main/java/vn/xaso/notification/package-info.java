/**
 * Telling people: citizens learn by SMS (or Zalo) and e-mail what happens to their dossier — received, a supplement
 * asked, an apology with a new date, refused, the result ready — from the dossier's own events, through a
 * transactional outbox delivered at least once and never twice for the same happening.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications", allowedDependencies = {"dossier", "document", "workflow", "calendar", "catalog", "organization", "identity", "integration", "signing", "archive", "audit", "api"})
package vn.xaso.notification;
