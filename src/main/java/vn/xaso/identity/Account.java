package vn.xaso.identity;

/**
 * A login account; officials' unit and roles come from the organization module. (The table's old lockout columns,
 * {@code failed_attempts} and {@code locked_until}, are no longer used: see {@link LoginThrottle}.)
 */
record Account(String username, String passwordHash, Kind kind, String fullName, String idNumber) {

    enum Kind { OFFICIAL, CITIZEN }
}
