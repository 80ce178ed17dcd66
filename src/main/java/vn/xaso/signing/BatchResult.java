package vn.xaso.signing;

import java.util.List;

/** The outcome of signing many documents: those signed and those that failed, with the reason. */
public record BatchResult<T>(List<Signed<T>> signed, List<Failed<T>> failed) {

    public record Signed<T>(T item, byte[] pdf) {
    }

    public record Failed<T>(T item, String reason) {
    }
}
