package vn.xaso.signing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.xaso.api.InvalidInput;
import vn.xaso.api.Unavailable;

/**
 * The client of a remote signing service speaking the Cloud Signature Consortium API v2
 * ({@code xaso.signing.remote.url}, e.g. {@code https://…/csc/v2}): it logs in with xaso's client id and secret
 * ({@code auth/login}), finds a signer's credential ({@code credentials/list}, {@code credentials/info} for the
 * certificate chain), has the OTP sent to the signer's phone ({@code credentials/sendOTP}), turns the OTP into an
 * authorization for a number of signatures ({@code credentials/authorize} → SAD) and has many hashes signed in one call
 * ({@code signatures/signHash}). The key never leaves the service.
 */
@Component
class RemoteSigner {

    static final String SHA256 = "2.16.840.1.101.3.4.2.1";
    static final String SHA256_WITH_RSA = "1.2.840.113549.1.1.11";
    private static final Logger log = LoggerFactory.getLogger(RemoteSigner.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(15);

    private final Environment environment;
    private final String clientId;
    private final String secret;
    private final HttpClient http;
    private final JsonMapper json = JsonMapper.builder().build();
    private final Map<String, List<X509Certificate>> chains = new ConcurrentHashMap<>();
    private volatile String token;
    private volatile Instant tokenUntil = Instant.EPOCH;

    RemoteSigner(Environment environment, @Value("${xaso.signing.remote.client-id:xaso}") String clientId,
            @Value("${xaso.signing.remote.client-secret:}") String secret, HttpClient http) {
        this.environment = environment;
        this.clientId = clientId;
        this.secret = secret;
        this.http = http;
    }

    boolean configured() {
        return !url().isEmpty();
    }

    /** Read when a call is made: the demo's simulator publishes its address only once it has started. */
    private String url() {
        try {
            return environment.getProperty("xaso.signing.remote.url", "").strip().replaceAll("/+$", "");
        } catch (IllegalArgumentException unresolved) {
            return "";
        }
    }

    /** The signer's credentials at the service ({@code userID}: their xaso username). */
    List<String> credentials(String username) {
        List<String> ids = new ArrayList<>();
        call("credentials/list", Map.of("userID", username)).path("credentialIDs").forEach(id -> ids.add(id.asString()));
        return ids;
    }

    /** The credential's certificate chain, signer's certificate first (asked once, then remembered). */
    List<X509Certificate> chain(String credentialId) {
        return chains.computeIfAbsent(credentialId, id -> {
            JsonNode info = call("credentials/info", Map.of("credentialID", id, "certificates", "chain", "certInfo", false));
            List<X509Certificate> chain = new ArrayList<>();
            try {
                CertificateFactory factory = CertificateFactory.getInstance("X.509");
                for (JsonNode certificate : info.path("cert").path("certificates")) {
                    chain.add((X509Certificate) factory.generateCertificate(
                            new ByteArrayInputStream(Base64.getDecoder().decode(certificate.asString()))));
                }
            } catch (CertificateException | IllegalArgumentException e) {
                throw new Unavailable(60, "signing.remote.unreadable");
            }
            if (chain.isEmpty()) {
                throw new Unavailable(60, "signing.remote.unreadable");
            }
            return List.copyOf(chain);
        });
    }

    void sendOtp(String credentialId) {
        call("credentials/sendOTP", Map.of("credentialID", credentialId));
    }

    /** The SAD for {@code signatures} signatures; a wrong OTP is refused naming the field {@code confirmation}. */
    String authorize(String credentialId, int signatures, String otp) {
        return call("credentials/authorize", Map.of("credentialID", credentialId, "numSignatures", signatures, "OTP", otp))
                .path("SAD").asString();
    }

    /** RSA signatures (PKCS#1 v1.5) of SHA-256 hashes, all in one call, in the order given. */
    List<byte[]> signHashes(String credentialId, String sad, List<byte[]> hashes) {
        JsonNode answer = call("signatures/signHash", Map.of("credentialID", credentialId, "SAD", sad,
                "hashes", hashes.stream().map(Base64.getEncoder()::encodeToString).toList(),
                "hashAlgorithmOID", SHA256, "signAlgo", SHA256_WITH_RSA));
        List<byte[]> signatures = new ArrayList<>();
        answer.path("signatures").forEach(signature -> signatures.add(Base64.getDecoder().decode(signature.asString())));
        if (signatures.size() != hashes.size()) {
            throw new Unavailable(30, "signing.remote.unreadable");
        }
        return signatures;
    }

    private JsonNode call(String method, Map<String, Object> body) {
        if (!configured()) {
            throw new InvalidInput("method", "signing.remote.not-configured");
        }
        HttpResponse<String> response = post(method, json.writeValueAsString(body), "Bearer " + token());
        if (response.statusCode() == 401) {
            tokenUntil = Instant.EPOCH;
            response = post(method, json.writeValueAsString(body), "Bearer " + token());
        }
        return answer(method, response);
    }

    private synchronized String token() {
        if (token == null || Instant.now().isAfter(tokenUntil)) {
            String basic = Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
            JsonNode login = answer("auth/login", post("auth/login", "{}", "Basic " + basic));
            token = login.path("access_token").asString();
            tokenUntil = Instant.now().plusSeconds(Math.max(30, login.path("expires_in").asLong(3600) - 30));
        }
        return token;
    }

    private HttpResponse<String> post(String method, String body, String authorization) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url() + "/" + method)).timeout(TIMEOUT)
                .header("Content-Type", "application/json").header("Authorization", authorization)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            log.warn("The remote signing service does not answer {}: {}", method, e.toString());
            throw new Unavailable(30, "signing.remote.unavailable");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unavailable(30, "signing.remote.unavailable");
        }
    }

    private JsonNode answer(String method, HttpResponse<String> response) {
        JsonNode body;
        try {
            body = json.readTree(response.body().isBlank() ? "{}" : response.body());
        } catch (RuntimeException e) {
            body = json.createObjectNode();
        }
        if (response.statusCode() / 100 == 2) {
            return body;
        }
        String error = body.path("error").asString("");
        if (error.equals("invalid_otp") || error.equals("invalid_pin")) {
            throw new InvalidInput("confirmation", "signing.otp.wrong");
        }
        log.warn("The remote signing service refused {}: {} {}", method, response.statusCode(), response.body());
        if (response.statusCode() == 400 && method.equals("signatures/signHash")) {
            throw new InvalidInput("confirmation", "signing.otp.expired");
        }
        throw new Unavailable(30, "signing.remote.refused", error.isEmpty() ? String.valueOf(response.statusCode()) : error);
    }
}
