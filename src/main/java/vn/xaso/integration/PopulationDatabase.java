package vn.xaso.integration;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.xaso.api.Unavailable;
import vn.xaso.dossier.ApplicantRegistry;
import vn.xaso.dossier.ApplicantVerification;
import vn.xaso.dossier.Citizen;

/**
 * The national population database (CSDL quốc gia về dân cư) through the provincial integration platform:
 * {@code GET {url}/citizens/{idNumber}} answers the citizen ({@code soDinhDanh}, {@code hoVaTen},
 * {@code ngayThangNamSinh} dd/MM/yyyy, {@code gioiTinh} Nam/Nữ, {@code noiThuongTru}) or 404. Answers are reused for
 * a few minutes (the counter's lookup, then the dossier's check, ask once). When the database cannot answer, the
 * caller gets {@link Unavailable} at once or within the read timeout, never a wait.
 */
@Component
class PopulationDatabase implements ApplicantRegistry {

    static final String LINK = "population";
    private static final DateTimeFormatter BIRTH = DateTimeFormatter.ofPattern("dd/MM/uuuu");
    private static final int MAX_REMEMBERED = 20_000;

    private final Supplier<Optional<String>> url;
    private final IntegrationProperties properties;
    private final JsonMapper json;
    private final Link link;
    private final HttpClient http;
    private final Clock clock = Clock.systemUTC();
    private final Map<String, Answer> remembered = new ConcurrentHashMap<>();

    private record Answer(Optional<Citizen> citizen, Instant at) {
    }

    @Autowired
    PopulationDatabase(HttpClient http, Environment environment, IntegrationProperties properties, JsonMapper json,
            Links links, ApplicantVerification verification) {
        this(http, () -> Urls.of(environment, "xaso.integration.population.url"), properties, json, links.add(new Link(LINK,
                properties.settings(), Clock.systemUTC()).pending(verification::waiting)
                .configuredWhen(() -> Urls.of(environment, "xaso.integration.population.url").isPresent())));
    }

    PopulationDatabase(HttpClient http, Supplier<Optional<String>> url, IntegrationProperties properties, JsonMapper json,
            Link link) {
        this.url = url;
        this.properties = properties;
        this.json = json;
        this.link = link;
        this.http = http;
    }

    @Override
    public Optional<Citizen> find(String idNumber) {
        Answer known = remembered.get(idNumber);
        if (known != null && known.at().plus(properties.remember()).isAfter(clock.instant())) {
            return known.citizen();
        }
        String address = url.get().orElseThrow(() -> new Unavailable(3600, "integration.population.not-connected"));
        try {
            Optional<Citizen> citizen = link.call(() -> ask(address, idNumber));
            if (remembered.size() >= MAX_REMEMBERED) {
                remembered.clear();
            }
            remembered.put(idNumber, new Answer(citizen, clock.instant()));
            return citizen;
        } catch (Link.Failure | Link.Refused e) {
            throw new Unavailable((int) properties.openFor().toSeconds(), "integration.population.unavailable");
        }
    }

    private Optional<Citizen> ask(String url, String idNumber) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url + "/citizens/" + URLEncoder.encode(idNumber, StandardCharsets.UTF_8)))
                .timeout(properties.readTimeout()).header("Accept", "application/json").GET().build();
        HttpResponse<String> response = Http.exchange(http, request);
        if (response.statusCode() == 404) {
            return Optional.empty();
        }
        if (response.statusCode() != 200) {
            throw new Link.Failure("HTTP " + response.statusCode());
        }
        try {
            JsonNode person = json.readTree(response.body());
            return Optional.of(new Citizen(text(person, "soDinhDanh"), text(person, "hoVaTen"),
                    LocalDate.parse(text(person, "ngayThangNamSinh"), BIRTH), gender(text(person, "gioiTinh")),
                    text(person, "noiThuongTru"), "CSDLQGDC", clock.instant()));
        } catch (JacksonException | DateTimeParseException | IllegalStateException e) {
            throw new Link.Failure("malformed answer: " + e.getMessage(), e);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isString() || value.asString().isBlank()) {
            throw new IllegalStateException("no " + field);
        }
        return value.asString().strip();
    }

    private static String gender(String value) {
        return switch (value) {
            case "Nam" -> "MALE";
            case "Nữ" -> "FEMALE";
            default -> throw new IllegalStateException("gioiTinh " + value);
        };
    }
}
