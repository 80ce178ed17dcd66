package vn.xaso.signing;

/**
 * Where a leader's visible signature goes (the unit's seal follows it, over its left third): in the signer's own block
 * — above their printed name, else under their title, else at the bottom right of the last page; below an anchor
 * text such as {@code "CHỦ TỊCH"} (its last occurrence, centred under it); at coordinates on the last page, in PDF
 * points from the top-left corner; or, for a seal applied later (the clerk issuing a signed document), where the
 * document's last visible signature already is.
 */
public record Placement(String anchor, Float x, Float y, boolean whereSigned, boolean signerBlock) {

    public static final Placement BOTTOM_RIGHT = new Placement(null, null, null, false, false);
    public static final Placement WHERE_SIGNED = new Placement(null, null, null, true, false);
    /** Between the signer's title and their printed name, found on the paper (NĐ 30/2020, Phụ lục I: the signature's place). */
    public static final Placement SIGNER_BLOCK = new Placement(null, null, null, false, true);

    public static Placement below(String anchor) {
        return new Placement(anchor, null, null, false, false);
    }

    public static Placement at(float x, float y) {
        return new Placement(null, x, y, false, false);
    }
}
