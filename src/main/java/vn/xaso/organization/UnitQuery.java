package vn.xaso.organization;

/** Which units to list: children of a parent, matching a text (with or without diacritics), after a cursor. */
public record UnitQuery(String parent, String text, boolean includeHistory, String after) {

    public UnitQuery {
        parent = blankToNull(parent);
        text = blankToNull(text);
        after = blankToNull(after);
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
