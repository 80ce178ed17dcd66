package vn.xaso.simulator;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How a simulated service behaves: answers (UP), drops the connection (DOWN), answers after 5 s (SLOW), or 500 (ERROR). */
enum Fault {
    UP, DOWN, SLOW, ERROR;

    static Optional<Fault> of(String mode) {
        return Arrays.stream(values()).filter(f -> f.name().equals(mode == null ? "" : mode.toUpperCase(Locale.ROOT))).findFirst();
    }
}
