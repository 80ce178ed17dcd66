package vn.xaso.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.springframework.core.env.Environment;

/** The tests' hand on the demo's simulator of the national services: its fault modes and what it recorded. */
final class SimulatorControl {

    private final String url;
    private final HttpClient http = HttpClient.newHttpClient();

    SimulatorControl(Environment environment) {
        this.url = environment.getProperty("xaso.integration.simulator.url");
    }

    /** Makes a service ({@code population}, {@code dvcqg}, {@code exchange}) behave so: up, down, slow, error. */
    void fault(String service, String mode) throws Exception {
        HttpResponse<String> answer = post("/__faults", "{\"service\": \"" + service + "\", \"mode\": \"" + mode + "\"}");
        assertThat(answer.statusCode()).isEqualTo(204);
    }

    HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, String json) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
