package vn.xaso.signing;

/**
 * How a signature looks on the page: invisible, or a picture (text drawn into it) of a size at a position
 * (page and top-left corner in PDF points from the page's top-left corner).
 */
record Stamp(boolean visible, StampPosition position, float width, float height, StampImage image) {

    static Stamp invisible() {
        return new Stamp(false, null, 0, 0, null);
    }
}
