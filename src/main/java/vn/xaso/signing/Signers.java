package vn.xaso.signing;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import vn.xaso.api.InvalidInput;
import vn.xaso.organization.Official;
import vn.xaso.organization.Organization;
import vn.xaso.organization.Unit;

/**
 * Who signs, as the stamps show them: the official (title, name, unit) and the unit, read from the organization and
 * remembered for five seconds — a batch signs hundreds of papers for one leader and one unit, and reading them again
 * for each was a tenth of a signature's time. A renamed unit or a new title shows on stamps five seconds later.
 */
@Component
class Signers {

    private static final long FRESH_NANOS = Duration.ofSeconds(5).toNanos();
    private static final int MAX = 1000;

    private final Organization organization;
    private final Map<String, Remembered<Official>> officials = new ConcurrentHashMap<>();
    private final Map<String, Remembered<Unit>> units = new ConcurrentHashMap<>();

    Signers(Organization organization) {
        this.organization = organization;
    }

    private record Remembered<T>(T value, long at) {
    }

    Official official(String username) {
        return recent(officials, username, name -> organization.official(name)
                .orElseThrow(() -> new InvalidInput("signer", "organization.official.unknown")));
    }

    Unit unit(String code) {
        return recent(units, code, organization::requireUnit);
    }

    private static <T> T recent(Map<String, Remembered<T>> memory, String key, Function<String, T> read) {
        long now = System.nanoTime();
        Remembered<T> known = memory.get(key);
        if (known != null && now - known.at() < FRESH_NANOS) {
            return known.value();
        }
        if (memory.size() >= MAX) {
            memory.clear();
        }
        T value = read.apply(key);
        memory.put(key, new Remembered<>(value, now));
        return value;
    }
}
