package vn.xaso.organization;

/**
 * An official's unit, roles or active status changed: whatever access they had before must end now.
 * {@code previousUnitCode} equals {@code unitCode} when they did not move.
 */
public record OfficialAccessChanged(String username, String previousUnitCode, String unitCode, boolean active) {
}
