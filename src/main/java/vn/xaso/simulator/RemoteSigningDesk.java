package vn.xaso.simulator;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A remote signing service in the manner of SmartCA, speaking the Cloud Signature Consortium API v2: every user it is
 * asked about has one credential (an RSA key it keeps, with a certificate from its own CA, marked DEMO); signing needs
 * an OTP it "sends to the phone" (readable at {@code /__csc/otp?user=}), which authorizes a number of signatures
 * (the SAD, 5 minutes); {@code signatures/signHash} signs many hashes in one call.
 */
final class RemoteSigningDesk {

    static final String SHA256 = "2.16.840.1.101.3.4.2.1";
    static final String RSA = "1.2.840.113549.1.1.1";
    static final String SHA256_WITH_RSA = "1.2.840.113549.1.1.11";
    private static final byte[] SHA256_DIGEST_INFO = HexFormat.of().parseHex("3031300d060960864801650304020105000420");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final KeyPair authority = rsa();
    private final X509Certificate authorityCertificate;
    private final Map<String, Credential> byUser = new ConcurrentHashMap<>();
    private final Map<String, Credential> byId = new ConcurrentHashMap<>();
    private final Map<String, String> otps = new ConcurrentHashMap<>();
    private final Map<String, Authorization> authorizations = new ConcurrentHashMap<>();
    private final Map<String, Instant> tokens = new ConcurrentHashMap<>();

    RemoteSigningDesk() {
        X500Name name = name("Dịch vụ ký số từ xa DEMO (mô phỏng)", "xaso DEMO");
        authorityCertificate = certificate(name, name, authority, authority.getPrivate(), true);
    }

    record Credential(String id, String user, KeyPair keys, List<X509Certificate> chain) {
    }

    private record Authorization(String credentialId, int signatures, Instant until) {
    }

    /** A token for the caller (the service's {@code auth/login}); checked on every other call. */
    String login() {
        String token = UUID.randomUUID().toString();
        tokens.put(token, Instant.now().plus(1, ChronoUnit.HOURS));
        return token;
    }

    boolean knows(String token) {
        Instant until = token == null ? null : tokens.get(token);
        return until != null && until.isAfter(Instant.now());
    }

    List<String> credentials(String user) {
        return List.of(credentialOf(user).id());
    }

    Optional<Credential> credential(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** "Sends" a new six-digit OTP to the credential owner's phone. */
    void sendOtp(Credential credential) {
        otps.put(credential.id(), String.format("%06d", RANDOM.nextInt(1_000_000)));
    }

    /** The OTP last sent to a user's phone (what the demo's phone shows). */
    Optional<String> lastOtp(String user) {
        Credential credential = byUser.get(user);
        return credential == null ? Optional.empty() : Optional.ofNullable(otps.get(credential.id()));
    }

    /** The SAD for {@code signatures} signatures, or empty when the OTP is not the one sent (which is then used up). */
    Optional<String> authorize(Credential credential, int signatures, String otp) {
        String sent = otps.remove(credential.id());
        if (sent == null || !sent.equals(otp)) {
            return Optional.empty();
        }
        String sad = UUID.randomUUID().toString();
        authorizations.put(sad, new Authorization(credential.id(), signatures, Instant.now().plus(5, ChronoUnit.MINUTES)));
        return Optional.of(sad);
    }

    /** PKCS#1 v1.5 signatures of SHA-256 hashes, or empty if the SAD does not cover them. */
    Optional<List<byte[]>> signHashes(Credential credential, String sad, List<byte[]> hashes) {
        Authorization authorization = sad == null ? null : authorizations.get(sad);
        if (authorization == null || !authorization.credentialId().equals(credential.id())
                || authorization.until().isBefore(Instant.now()) || authorization.signatures() < hashes.size()) {
            return Optional.empty();
        }
        authorizations.put(sad, new Authorization(authorization.credentialId(), authorization.signatures() - hashes.size(),
                authorization.until()));
        List<byte[]> signatures = new ArrayList<>();
        try {
            Signature rsa = Signature.getInstance("NONEwithRSA");
            for (byte[] hash : hashes) {
                rsa.initSign(credential.keys().getPrivate());
                byte[] digestInfo = new byte[SHA256_DIGEST_INFO.length + hash.length];
                System.arraycopy(SHA256_DIGEST_INFO, 0, digestInfo, 0, SHA256_DIGEST_INFO.length);
                System.arraycopy(hash, 0, digestInfo, SHA256_DIGEST_INFO.length, hash.length);
                rsa.update(digestInfo);
                signatures.add(rsa.sign());
            }
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        return Optional.of(signatures);
    }

    private Credential credentialOf(String user) {
        return byUser.computeIfAbsent(user, u -> {
            KeyPair keys = rsa();
            X509Certificate certificate = certificate(name(u + " (DEMO)", "Ký số từ xa DEMO"),
                    X500Name.getInstance(authorityCertificate.getSubjectX500Principal().getEncoded()), keys,
                    authority.getPrivate(), false);
            Credential credential = new Credential("cred-" + UUID.randomUUID(), u, keys, List.of(certificate, authorityCertificate));
            byId.put(credential.id(), credential);
            return credential;
        });
    }

    private static X500Name name(String commonName, String organisation) {
        return new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "VN").addRDN(BCStyle.O, organisation)
                .addRDN(BCStyle.CN, commonName).build();
    }

    private static KeyPair rsa() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048, RANDOM);
            return generator.generateKeyPair();
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static X509Certificate certificate(X500Name subject, X500Name issuer, KeyPair keys, PrivateKey signer, boolean ca) {
        try {
            Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
            var builder = new JcaX509v3CertificateBuilder(issuer, new BigInteger(64, RANDOM),
                    Date.from(now.minus(3 * 365, ChronoUnit.DAYS)), Date.from(now.plus(5 * 365, ChronoUnit.DAYS)), subject,
                    keys.getPublic());
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
            builder.addExtension(Extension.keyUsage, true, ca ? new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign)
                    : new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
            return new JcaX509CertificateConverter().getCertificate(
                    builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(signer)));
        } catch (Exception e) {
            throw new IllegalStateException("Could not build a certificate", e);
        }
    }
}
