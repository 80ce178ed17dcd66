/**
 * Running on several nodes over one PostgreSQL: scheduled jobs once per cluster (ShedLock), and word to every node
 * that shared data changed (PostgreSQL {@code LISTEN/NOTIFY}) so that each drops what it cached.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Cluster", allowedDependencies = {})
package vn.xaso.cluster;
