package vn.xaso.signing;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
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
 * A certificate authority for the demo only: its certificates say "DEMO" in every name and are trusted by
 * nobody but this installation. Real deployments import certificates from a licensed CA instead.
 */
final class DemoAuthority {

    static final String NAME = "xaso DEMO CA — không dùng cho văn bản thật";

    private final PrivateKey key;
    private final X509Certificate certificate;

    private DemoAuthority(PrivateKey key, X509Certificate certificate) {
        this.key = key;
        this.certificate = certificate;
    }

    static DemoAuthority create() {
        KeyPair pair = rsa();
        X500Name name = name(NAME, "xaso DEMO");
        X509Certificate certificate = build(name, name, pair, pair.getPrivate(), true, 20);
        return new DemoAuthority(pair.getPrivate(), certificate);
    }

    static DemoAuthority of(PrivateKey key, X509Certificate certificate) {
        return new DemoAuthority(key, certificate);
    }

    X509Certificate certificate() {
        return certificate;
    }

    PrivateKey key() {
        return key;
    }

    /** A signing key and certificate for a person or a unit, issued by this authority, as a PKCS#12 keystore. */
    KeyStore issue(String alias, String commonName, String organisation, char[] password) {
        try {
            KeyPair pair = rsa();
            X509Certificate issued = build(name(commonName + " (DEMO)", organisation),
                    X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded()), pair, key, false, 5);
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry(alias, pair.getPrivate(), password, new java.security.cert.Certificate[] {issued, certificate});
            return store;
        } catch (Exception e) {
            throw new IllegalStateException("Could not issue a demo certificate for " + commonName, e);
        }
    }

    private static X500Name name(String commonName, String organisation) {
        return new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "VN").addRDN(BCStyle.O, organisation)
                .addRDN(BCStyle.CN, commonName).build();
    }

    private static KeyPair rsa() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048, new SecureRandom());
            return generator.generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static X509Certificate build(X500Name subject, X500Name issuer, KeyPair pair, PrivateKey signer, boolean ca, int years) {
        try {
            Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
            var builder = new JcaX509v3CertificateBuilder(issuer, new BigInteger(64, new SecureRandom()),
                    Date.from(now.minus(3 * 365, ChronoUnit.DAYS)), Date.from(now.plus(365L * years, ChronoUnit.DAYS)), subject,
                    pair.getPublic());
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
