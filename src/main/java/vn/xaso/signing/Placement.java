package vn.xaso.signing;

/**
 * Where a leader's visible signature goes (the unit's seal follows it, over its left third): by default at the
 * bottom right of the last page; below an anchor text such as {@code "CHỦ TỊCH"} (its last occurrence, centred
 * under it); at coordinates on the last page, in PDF points from the top-left corner; or, for a seal applied
 * later (the clerk issuing a signed document), where the document's last visible signature already is.
 */
public record Placement(String anchor, Float x, Float y, boolean whereSigned) {

    public static final Placement BOTTOM_RIGHT = new Placement(null, null, null, false);
    public static final Placement WHERE_SIGNED = new Placement(null, null, null, true);

    public static Placement below(String anchor) {
        return new Placement(anchor, null, null, false);
    }

    public static Placement at(float x, float y) {
        return new Placement(null, x, y, false);
    }
}
