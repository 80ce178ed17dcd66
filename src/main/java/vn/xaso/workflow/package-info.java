/**
 * The generic workflow engine shared by dossiers and official documents: definitions (ordered steps,
 * each with a role and a share of the time budget), instances, tasks with assignees and due times, the
 * SLA clock (start, pause, resume, extend, transfer, finish, kept as events so timeliness can be
 * recomputed), and the one inbox every official works from.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Workflow", allowedDependencies = {"calendar", "organization", "identity", "api"})
package vn.xaso.workflow;
