/**
 * The national systems xaso talks to — the population database, the national public-service portal, the document
 * exchange — each behind an adapter that answers fast or says it cannot: HTTP with connect and read timeouts, a
 * circuit breaker judging over a time window, a bulkhead so that a slow service cannot take the request threads.
 * Each connection is a {@link vn.xaso.integration.Link} whose state administrators and monitors can watch.
 */
@org.springframework.modulith.ApplicationModule(displayName = "National systems", allowedDependencies = {"dossier", "document", "catalog", "files", "identity", "organization", "workflow", "audit", "api"})
package vn.xaso.integration;
