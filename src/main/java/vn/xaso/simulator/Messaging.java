package vn.xaso.simulator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The simulated SMS gateway and Zalo Notification Service: each keeps what it was sent, once per tracking id (a
 * message sent again with the same id is acknowledged and not delivered twice). A phone has Zalo when its last digit
 * is even; Zalo refuses the others ({@code -118}, no Zalo account).
 */
final class Messaging {

    /** A message as the phone received it. */
    record Delivered(String to, String text, String trackingId, Map<String, Object> data, Instant at) {
    }

    private final List<Delivered> delivered = new ArrayList<>();
    private final Set<String> tracked = new HashSet<>();

    /** Takes a message; returns false when it had this tracking id already. */
    synchronized boolean take(String to, String text, String trackingId, Map<String, Object> data) {
        if (trackingId != null && !tracked.add(trackingId)) {
            return false;
        }
        delivered.add(new Delivered(to, text, trackingId, data, Instant.now()));
        return true;
    }

    synchronized List<Delivered> to(String phone) {
        return delivered.stream().filter(d -> d.to().equals(phone)).toList();
    }

    static boolean hasZalo(String phone) {
        char last = phone.charAt(phone.length() - 1);
        return Character.isDigit(last) && (last - '0') % 2 == 0;
    }
}
