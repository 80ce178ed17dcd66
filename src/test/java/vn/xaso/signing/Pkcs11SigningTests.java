package vn.xaso.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.Security;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.xaso.XasoTest;
import vn.xaso.files.PdfRenderer;

/**
 * Signing with a key that lives on a real PKCS#11 token: Debian's SoftHSM2 (installed by .ci/run), through
 * Java's SunPKCS11 provider. The key is imported once onto the token; signing never reads it back.
 */
@XasoTest
class Pkcs11SigningTests {

    private static final String LIBRARY = "/usr/lib/softhsm/libsofthsm2.so";
    private static final String PIN = "123456";

    @Autowired
    PdfSigner signer;
    @Autowired
    Signatures signatures;
    @Autowired
    PdfRenderer pdf;

    @Test
    void signsWithAKeyOnASoftHsmToken() throws Exception {
        assertThat(Path.of(LIBRARY)).as("softhsm2 must be installed (apt-get install -y softhsm2)").exists();
        privateTokenFolder();
        run("softhsm2-util", "--delete-token", "--token", "xaso-test");
        String init = run("softhsm2-util", "--init-token", "--free", "--label", "xaso-test", "--pin", PIN, "--so-pin", "12345678");
        Matcher slot = Pattern.compile("reassigned to slot (\\d+)").matcher(init);
        assertThat(slot.find()).as(init).isTrue();
        long slotId = Long.parseLong(slot.group(1));

        KeyStore issued = DemoAuthority.create().issue("leader", "Chủ tịch PKCS11", "Xã Bình An", "x".toCharArray());
        Provider provider = Security.getProvider("SunPKCS11")
                .configure("--name = xaso-import\nlibrary = " + LIBRARY + "\nslot = " + slotId + "\n");
        KeyStore token = KeyStore.getInstance("PKCS11", provider);
        token.load(null, PIN.toCharArray());
        token.setKeyEntry("leader", (PrivateKey) issued.getKey("leader", "x".toCharArray()), null,
                issued.getCertificateChain("leader"));

        Pkcs11Keys configured = new Pkcs11Keys(LIBRARY, slotId, PIN, " person-pkcs11 = leader ");
        assertThat(configured.identity("person-someone-else")).isEmpty();
        KeyVault.Identity identity = configured.identity("person-pkcs11").orElseThrow();
        byte[] signed = signer.sign(pdf.render("<html><body><p>Ký bằng thiết bị PKCS#11</p></body></html>"), identity,
                Stamp.invisible(), Instant.now());

        Verification verification = signatures.verify(signed);
        assertThat(verification.signatures()).hasSize(1);
        assertThat(verification.signatures().get(0).valid()).isTrue();
        assertThat(verification.signatures().get(0).signer()).startsWith("Chủ tịch PKCS11");
        assertThat(SignaturesTests.run("pdfsig", signed)).contains("Signature is Valid.");
    }

    @Test
    void aMisconfiguredTokenMappingStopsStartUpWithAClearMessage() {
        org.assertj.core.api.Assertions.assertThatIllegalStateException()
                .isThrownBy(() -> new Pkcs11Keys(LIBRARY, 1, PIN, "person-x"))
                .withMessageContaining("alias=label");
        org.assertj.core.api.Assertions.assertThatIllegalStateException()
                .isThrownBy(() -> new Pkcs11Keys("", 1, PIN, "person-x=leader"))
                .withMessageContaining("library");
    }

    /**
     * The tokens live in this build's folder (SOFTHSM2_CONF, set for the tests by the pom), not in the machine's
     * /var/lib/softhsm: another build running beside this one deletes and creates its own token, never this one.
     */
    private static void privateTokenFolder() throws Exception {
        String conf = System.getenv("SOFTHSM2_CONF");
        assertThat(conf).as("SOFTHSM2_CONF (the pom sets it for the tests)").isNotBlank();
        Path tokens = Path.of(conf).toAbsolutePath().getParent().resolve("softhsm-tokens");
        java.nio.file.Files.createDirectories(tokens);
        java.nio.file.Files.writeString(Path.of(conf), "directories.tokendir = " + tokens + "\nobjectstore.backend = file\n"
                + "log.level = ERROR\nslots.removable = false\n");
    }

    private static String run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        return output;
    }
}
