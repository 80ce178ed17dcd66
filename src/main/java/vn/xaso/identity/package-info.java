/**
 * Accounts and login: form login with CSRF for the web, HTTP Basic for {@code /api/v1}, growing delays after
 * repeated failures (never a lock), the current user with their unit and roles, and who may see which unit.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity", allowedDependencies = {"organization", "audit", "api"})
package vn.xaso.identity;
