/**
 * Official documents (văn bản, NĐ 30/2020/NĐ-CP): incoming ones registered with an arrival number, presented to a
 * leader and handled by a main handler with coordinators; outgoing ones drafted in versions, reviewed, signed by
 * a leader, numbered and sealed by the clerk, issued to units on the platform (as their incoming documents) or
 * by EDXML, and recalled. Registers, full-text search and EDXML exchange. Tasks live in the shared inbox.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Documents", allowedDependencies = {"workflow", "calendar", "organization", "identity", "files", "signing", "audit", "api"})
package vn.xaso.document;
