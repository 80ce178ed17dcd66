package vn.xaso.signing;

/**
 * How a signature looks on the page: invisible, or a picture (text drawn into it) at a place on the last page
 * (PDF points from the top-left corner; negative {@code x}/{@code y} count from the right/bottom edge).
 */
public record Stamp(boolean visible, float x, float y, float width, float height, byte[] image) {

    public static Stamp invisible() {
        return new Stamp(false, 0, 0, 0, 0, null);
    }
}
