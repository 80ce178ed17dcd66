/**
 * A stand-in for the national services this machine cannot reach — the population database, the national
 * public-service portal, the document exchange — on its own port, for the demo and the tests: realistic latency, the
 * demo citizens and thousands of generated ones, fault modes (down, slow, error) and a record of what it received.
 * xaso's adapters talk real HTTP to it; nothing in xaso depends on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Simulator of the national services", allowedDependencies = {})
package vn.xaso.simulator;
