package vn.xaso.signing;

import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.model.DSSException;
import eu.europa.esig.dss.model.TimestampBinary;
import eu.europa.esig.dss.spi.x509.tsp.TSPSource;
import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Duration;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;

/**
 * An RFC 3161 time-stamp authority reached over HTTP ({@code xaso.signing.tsa-url}): signatures then carry a
 * trusted time (PAdES-BASELINE-T) instead of only the signer's claimed time. A TSA that does not answer within
 * 10 seconds, or answers anything but a granted token for our request, fails the signature with a clear message.
 */
final class TimeStampAuthority implements TSPSource {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final SecureRandom NONCES = new SecureRandom();

    private final URI url;
    private final transient HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    TimeStampAuthority(String url) {
        this.url = URI.create(url);
    }

    @Override
    public TimestampBinary getTimeStampResponse(DigestAlgorithm algorithm, byte[] digest) throws DSSException {
        TimeStampRequestGenerator generator = new TimeStampRequestGenerator();
        generator.setCertReq(true);
        TimeStampRequest request = generator.generate(new ASN1ObjectIdentifier(algorithm.getOid()), digest,
                new BigInteger(64, NONCES));
        try {
            HttpResponse<byte[]> answer = http.send(HttpRequest.newBuilder(url).timeout(TIMEOUT)
                    .header("Content-Type", "application/timestamp-query")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(request.getEncoded())).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (answer.statusCode() != 200) {
                throw new DSSException("The time-stamp authority " + url + " answered HTTP " + answer.statusCode());
            }
            TimeStampResponse response = new TimeStampResponse(answer.body());
            response.validate(request);
            if (response.getTimeStampToken() == null) {
                throw new DSSException("The time-stamp authority " + url + " refused: " + response.getStatusString());
            }
            return new TimestampBinary(response.getTimeStampToken().getEncoded());
        } catch (IOException | TSPException e) {
            throw new DSSException("The time-stamp authority " + url + " gave no valid time-stamp: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DSSException("Interrupted while waiting for the time-stamp authority", e);
        }
    }
}
