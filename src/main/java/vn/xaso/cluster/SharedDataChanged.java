package vn.xaso.cluster;

/**
 * Shared data that nodes cache changed, on this node or another ({@link SharedChanges}): {@code topic} names what
 * (e.g. {@code calendar}), or is {@link #EVERYTHING} when this node may have missed word (its listening connection
 * was lost) and must drop every cache.
 */
public record SharedDataChanged(String topic) {

    public static final String EVERYTHING = "*";

    public boolean concerns(String cached) {
        return topic.equals(cached) || topic.equals(EVERYTHING);
    }
}
