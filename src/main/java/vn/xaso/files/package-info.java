/**
 * Files of dossiers and documents: checked by content and size on the way in, kept in a content-addressed
 * store (SHA-256) on the file system, and served only to those the owning module lets read them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Files", allowedDependencies = {"identity", "api"})
package vn.xaso.files;
