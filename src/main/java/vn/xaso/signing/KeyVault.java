package vn.xaso.signing;

import eu.europa.esig.dss.token.AbstractKeyStoreTokenConnection;
import eu.europa.esig.dss.token.DSSPrivateKeyEntry;
import eu.europa.esig.dss.token.Pkcs12SignatureToken;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;
import vn.xaso.api.Conflict;
import vn.xaso.cluster.SharedChanges;
import vn.xaso.cluster.SharedDataChanged;

/**
 * Where signing keys live: on a PKCS#11 token when configured ({@link Pkcs11Keys}), otherwise one PKCS#12
 * keystore per person or unit under {@code xaso.signing.directory}, protected by {@code XASO_SIGNING_PASSWORD}. Keys are loaded once and kept in memory for fast signing;
 * they never go to the database. In the demo, missing identities are issued by the demo CA on first use.
 */
@Component
class KeyVault {

    static final String SHARED_TOPIC = "signing-keys";
    private static final String DEMO_PASSWORD = "demo-only-keystore-password";

    private final Path directory;
    private final char[] password;
    private final boolean demo;
    private final Pkcs11Keys tokenKeys;
    private final Map<String, Identity> identities = new ConcurrentHashMap<>();
    private volatile DemoAuthority authority;
    private volatile List<X509Certificate> trustAnchors;
    private final SharedChanges shared;

    KeyVault(@Value("${xaso.signing.directory:./data/signing}") String directory,
            @Value("${XASO_SIGNING_PASSWORD:}") String password, Pkcs11Keys tokenKeys, Environment environment,
            SharedChanges shared) {
        this.tokenKeys = tokenKeys;
        this.shared = shared;
        this.directory = Path.of(directory).toAbsolutePath().normalize();
        this.demo = environment.acceptsProfiles(Profiles.of("demo & !prod"));
        String secret = password.isBlank() && demo ? DEMO_PASSWORD : password;
        this.password = secret.toCharArray();
    }

    /**
     * In the demo, the demo CA exists from the first start (its certificate is what /verify trusts); leaders' and
     * units' demo certificates are issued from it on first use, each marked DEMO.
     */
    @org.springframework.context.event.EventListener(org.springframework.boot.context.event.ApplicationReadyEvent.class)
    void prepareDemoAuthority() {
        if (demo) {
            authority();
        }
    }

    /** Another node imported a key or added a trust anchor (in the folder every node shares): read them again. */
    @org.springframework.context.event.EventListener
    void on(SharedDataChanged change) {
        if (change.concerns(SHARED_TOPIC)) {
            identities.clear();
            trustAnchors = null;
        }
    }

    /** A loaded signing key with its certificate chain. */
    record Identity(String alias, AbstractKeyStoreTokenConnection token, DSSPrivateKeyEntry key) {
    }

    /** The key of a person ({@code person-<username>}) or a unit ({@code unit-<code>}), issuing a demo one if allowed. */
    Identity identity(String alias, String commonName, String organisation) {
        return identities.computeIfAbsent(alias, a -> tokenKeys.identity(a).orElseGet(() -> load(a, commonName, organisation)));
    }

    /**
     * Imports a key and its certificate chain from an uploaded PKCS#12 file (opened with the uploader's password)
     * into the vault's own keystore for {@code alias}, protected by the server's password; the uploaded file and its
     * password are not kept. Replaces the alias's previous key.
     */
    X509Certificate importPkcs12(String alias, byte[] pkcs12, char[] uploadPassword) {
        try {
            KeyStore uploaded = KeyStore.getInstance("PKCS12");
            uploaded.load(new java.io.ByteArrayInputStream(pkcs12), uploadPassword);
            String entry = java.util.Collections.list(uploaded.aliases()).stream()
                    .filter(a -> isKey(uploaded, a)).findFirst()
                    .orElseThrow(() -> new vn.xaso.api.InvalidInput("keystore", "signing.keystore.no-key"));
            PrivateKey key = (PrivateKey) uploaded.getKey(entry, uploadPassword);
            java.security.cert.Certificate[] chain = uploaded.getCertificateChain(entry);
            KeyStore own = KeyStore.getInstance("PKCS12");
            own.load(null, null);
            own.setKeyEntry(alias, key, password, chain);
            write(directory.resolve(alias + ".p12"), own);
            identities.remove(alias);
            shared.changed(SHARED_TOPIC);
            return (X509Certificate) chain[0];
        } catch (java.security.GeneralSecurityException | IOException e) {
            throw new vn.xaso.api.InvalidInput("keystore", "signing.keystore.unreadable");
        }
    }

    /** Adds a certificate (e.g. the national root CA) that signatures may chain to. */
    X509Certificate addTrustAnchor(byte[] certificate) {
        try {
            X509Certificate anchor = (X509Certificate) java.security.cert.CertificateFactory.getInstance("X.509")
                    .generateCertificate(new java.io.ByteArrayInputStream(certificate));
            Path folder = directory.resolve("trust-anchors");
            Files.createDirectories(folder);
            Files.write(folder.resolve(anchor.getSerialNumber().toString(16) + ".cer"), anchor.getEncoded());
            trustAnchors = null;
            shared.changed(SHARED_TOPIC);
            return anchor;
        } catch (java.security.GeneralSecurityException | IOException e) {
            throw new vn.xaso.api.InvalidInput("certificate", "signing.certificate.unreadable");
        }
    }

    /**
     * In the demo, the root of a remote signing service's chain (the simulator's CA) is trusted like the demo CA, so that
     * remote signatures verify; elsewhere the administrator adds the service's CA as a trust anchor.
     */
    void trustInDemo(List<X509Certificate> chain) {
        X509Certificate root = chain.get(chain.size() - 1);
        if (demo && root.getSubjectX500Principal().equals(root.getIssuerX500Principal())
                && trustAnchors().stream().noneMatch(root::equals)) {
            try {
                addTrustAnchor(root.getEncoded());
            } catch (java.security.cert.CertificateEncodingException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** The certificate of an alias, if it has a key. */
    java.util.Optional<X509Certificate> certificate(String alias) {
        if (!Files.exists(directory.resolve(alias + ".p12")) && !identities.containsKey(alias) && !tokenKeys.keys().containsKey(alias)) {
            return java.util.Optional.empty();
        }
        Identity identity = identity(alias, alias, alias);
        return java.util.Optional.of(identity.key().getCertificate().getCertificate());
    }

    private static boolean isKey(KeyStore store, String alias) {
        try {
            return store.isKeyEntry(alias);
        } catch (java.security.KeyStoreException e) {
            return false;
        }
    }

    /** Certificates a signature may chain to (read from the folder once, again after one is added). */
    List<X509Certificate> trustAnchors() {
        List<X509Certificate> anchors = trustAnchors;
        if (anchors == null) {
            anchors = List.copyOf(readTrustAnchors());
            trustAnchors = anchors;
        }
        return anchors;
    }

    /** The demo CA (in the demo) and the certificates placed in the trust-anchors folder. */
    private List<X509Certificate> readTrustAnchors() {
        List<X509Certificate> anchors = new ArrayList<>();
        if (demo) {
            anchors.add(authority().certificate());
        }
        Path folder = directory.resolve("trust-anchors");
        if (Files.isDirectory(folder)) {
            try (var files = Files.list(folder)) {
                var factory = java.security.cert.CertificateFactory.getInstance("X.509");
                for (Path file : files.toList()) {
                    try (InputStream in = Files.newInputStream(file)) {
                        anchors.add((X509Certificate) factory.generateCertificate(in));
                    } catch (Exception e) {
                        // not a certificate: ignored
                    }
                }
            } catch (Exception e) {
                throw new IllegalStateException("Cannot read trust anchors in " + folder, e);
            }
        }
        return anchors;
    }

    private Identity load(String alias, String commonName, String organisation) {
        Path file = directory.resolve(alias + ".p12");
        if (!Files.exists(file)) {
            if (!demo) {
                throw new Conflict("signing.key.missing", alias);
            }
            write(file, authority().issue(alias, commonName, organisation, password));
        }
        try {
            Pkcs12SignatureToken token = new Pkcs12SignatureToken(file.toFile(), new KeyStore.PasswordProtection(password));
            return new Identity(alias, token, token.getKeys().get(0));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private synchronized DemoAuthority authority() {
        if (authority != null) {
            return authority;
        }
        Path file = directory.resolve("demo-ca.p12");
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            if (Files.exists(file)) {
                try (InputStream in = Files.newInputStream(file)) {
                    store.load(in, password);
                }
                authority = DemoAuthority.of((PrivateKey) store.getKey("ca", password), (X509Certificate) store.getCertificate("ca"));
            } else {
                authority = DemoAuthority.create();
                store.load(null, null);
                store.setKeyEntry("ca", authority.key(), password, new java.security.cert.Certificate[] {authority.certificate()});
                write(file, store);
            }
            return authority;
        } catch (Exception e) {
            throw new IllegalStateException("Cannot open the demo CA in " + file, e);
        }
    }

    private void write(Path file, KeyStore store) {
        try {
            Files.createDirectories(file.getParent());
            Path temporary = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".part");
            try (OutputStream out = Files.newOutputStream(temporary)) {
                store.store(out, password);
            }
            Files.move(temporary, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot write the keystore " + file, e);
        }
    }
}
