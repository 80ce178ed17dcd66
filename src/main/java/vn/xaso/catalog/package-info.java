/**
 * The procedure catalog (danh mục TTHC): versioned procedures with their legal processing time, fee,
 * components and channels, and the internal workflow each unit follows for each procedure (the
 * province's default until a unit defines its own).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Catalog", allowedDependencies = {"workflow", "calendar", "organization", "identity", "audit", "api"})
package vn.xaso.catalog;
