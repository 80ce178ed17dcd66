/**
 * Working time: the Vietnamese lunar calendar, statutory holidays and each year's official schedule,
 * office hours per unit, and deadline arithmetic (due instants, pauses, elapsed working time,
 * timeliness). Every appointment date and every on-time figure comes from here.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Calendar", allowedDependencies = {"organization", "identity", "audit", "api", "cluster"})
package vn.xaso.calendar;
