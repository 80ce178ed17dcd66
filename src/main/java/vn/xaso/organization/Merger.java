package vn.xaso.organization;

/** A former unit that was merged (wholly, or only partly) into a unit. */
public record Merger(String predecessorCode, String predecessorName, boolean partial) {
}
