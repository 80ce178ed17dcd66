/**
 * Conventions every module's REST API follows: RFC 9457 problem details (invalid input naming its
 * field 400, forbidden 403, not found or not yours to see 404, not allowed now 409) and cursor pages.
 */
@org.springframework.modulith.ApplicationModule(displayName = "API conventions", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package vn.xaso.api;
