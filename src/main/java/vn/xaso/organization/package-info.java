/**
 * Administrative units (province → communes and wards, departments) with effective dates and
 * merger/successor links, and officials' membership of one unit at a time with their roles.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organization", allowedDependencies = {"audit", "api"})
package vn.xaso.organization;
