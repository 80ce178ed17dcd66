/**
 * Digital signing: PAdES signatures with visible stamps (a leader's blue signature, the unit's red seal
 * overlapping it), batch signing, and verification of any PDF against the configured trust anchors. Keys
 * stay in their PKCS#12 keystores (or PKCS#11 tokens); the database holds none in clear.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Signing", allowedDependencies = {"organization", "identity", "files", "audit", "api", "cluster"})
package vn.xaso.signing;
