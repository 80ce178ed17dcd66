/**
 * Append-only, tamper-evident trail of every login, failed login and state change. Other modules
 * publish {@link vn.xaso.audit.AuditEvent}s; this module chains them by hash and checks the chain.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit", allowedDependencies = "api")
package vn.xaso.audit;
