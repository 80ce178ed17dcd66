package vn.xaso.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import vn.xaso.Api;

/** Registers fresh officials through the API, so tests that change an account never disturb the demo ones. */
final class TestOfficials {

    static final String PASSWORD = "mat-khau-1";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private TestOfficials() {
    }

    static String register(Api api, String prefix, String unitCode, String role) {
        String username = prefix + "." + System.nanoTime() % 100000 + SEQUENCE.incrementAndGet();
        Api.Response response = api.post("/api/v1/officials", "admin", """
                {"username": "%s", "fullName": "Nguyễn Thử Nghiệm", "unitCode": "%s", "roles": ["%s"], "password": "%s"}
                """.formatted(username, unitCode, role, PASSWORD));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return username;
    }
}
