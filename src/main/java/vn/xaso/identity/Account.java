package vn.xaso.identity;

import java.time.Instant;

/** A login account; officials' unit and roles come from the organization module. */
record Account(String username, String passwordHash, Kind kind, String fullName, String idNumber,
        int failedAttempts, Instant lockedUntil) {

    enum Kind { OFFICIAL, CITIZEN }

    boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
