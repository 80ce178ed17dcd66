package vn.xaso.organization;

import vn.xaso.api.Inputs;

/** Which units to list: children of a parent, matching a text (with or without diacritics), after a cursor. */
public record UnitQuery(String parent, String text, boolean includeHistory, String after) {

    public UnitQuery {
        parent = Inputs.blankToNull(parent);
        text = Inputs.blankToNull(text);
        after = Inputs.blankToNull(after);
    }
}
