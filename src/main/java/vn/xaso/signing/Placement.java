package vn.xaso.signing;

/**
 * Where a leader's visible signature goes (the unit's seal follows it, over its left third): by default at the
 * bottom right of the last page; below an anchor text such as {@code "CHỦ TỊCH"} (its last occurrence, centred
 * under it); or at coordinates on the last page, in PDF points from the top-left corner.
 */
public record Placement(String anchor, Float x, Float y) {

    public static final Placement BOTTOM_RIGHT = new Placement(null, null, null);

    public static Placement below(String anchor) {
        return new Placement(anchor, null, null);
    }

    public static Placement at(float x, float y) {
        return new Placement(null, x, y);
    }
}
