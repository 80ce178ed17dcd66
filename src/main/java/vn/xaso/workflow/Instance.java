package vn.xaso.workflow;

import java.time.Instant;

/** One running piece of work (a dossier, a document) with its clock: due time, paused time, finish. */
public record Instance(long id, String kind, String ref, String unitCode, String title, Long definitionId,
        Status status, Instant startedAt, Instant dueAt, Long budgetSeconds, Instant pausedSince, long pausedSeconds,
        Instant finishedAt) {

    public enum Status { WAITING, RUNNING, PAUSED, FINISHED, CANCELLED }
}
