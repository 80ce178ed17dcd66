package vn.xaso.workflow;

import java.time.Instant;

/** A change of an instance's clock, stored so timeliness can be recomputed and explained. */
public record ClockEvent(Instant at, Type type, Instant dueAt, String note) {

    public enum Type { START, PAUSE, RESUME, EXTEND, TRANSFER, FINISH, CANCEL }
}
