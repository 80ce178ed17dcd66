package vn.xaso.api;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a keyset-paginated list: the items and the cursor that fetches the next page (null on
 * the last page). Ask for one row more than the limit to know whether there is a next page.
 */
public record CursorPage<T>(List<T> items, String next) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 500;

    /** The limit a caller asked for, checked against the API's bounds. */
    public static int limit(Integer requested) {
        if (requested == null) {
            return DEFAULT_LIMIT;
        }
        if (requested < 1 || requested > MAX_LIMIT) {
            throw new InvalidInput("limit", "input.limit", String.valueOf(MAX_LIMIT));
        }
        return requested;
    }

    /** Builds the page from {@code limit + 1} fetched rows. */
    public static <T> CursorPage<T> of(List<T> fetched, int limit, Function<T, String> cursor) {
        if (fetched.size() <= limit) {
            return new CursorPage<>(fetched, null);
        }
        List<T> items = fetched.subList(0, limit);
        return new CursorPage<>(List.copyOf(items), cursor.apply(items.get(limit - 1)));
    }
}
