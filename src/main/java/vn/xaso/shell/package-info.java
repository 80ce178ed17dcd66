/**
 * The web shell every page lives in: layout, the role-fitting home page, language switching
 * (Vietnamese by default, English), and friendly error pages.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web shell", allowedDependencies = {"identity", "organization", "api"})
package vn.xaso.shell;
