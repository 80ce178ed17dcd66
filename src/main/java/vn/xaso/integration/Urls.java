package vn.xaso.integration;

import java.util.Optional;
import org.springframework.core.env.Environment;

/** A national service's address from the settings, read when a call is made (the demo's simulator gives its own). */
final class Urls {

    private Urls() {
    }

    static Optional<String> of(Environment environment, String property) {
        try {
            String url = environment.getProperty(property);
            return url == null || url.isBlank() ? Optional.empty() : Optional.of(url.strip());
        } catch (IllegalArgumentException unresolved) {
            return Optional.empty();
        }
    }
}
