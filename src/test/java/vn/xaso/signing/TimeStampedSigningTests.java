package vn.xaso.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.xaso.XasoTest;
import vn.xaso.files.PdfRenderer;

/** With a time-stamp authority configured, signatures are PAdES-BASELINE-T: DSS and pdfsig accept the token. */
@XasoTest
class TimeStampedSigningTests {

    @Autowired
    KeyVault vault;
    @Autowired
    Signatures signatures;
    @Autowired
    PdfRenderer pdf;

    @Test
    void aSignatureCarriesTheAuthoritysTimeStamp() throws Exception {
        try (LocalTimeStampAuthority tsa = new LocalTimeStampAuthority()) {
            PdfSigner signer = new PdfSigner(tsa.url());
            KeyVault.Identity leader = vault.identity("person-lanhdao.binhan", "Lê Văn Long", "Xã Bình An");
            byte[] signed = signer.sign(pdf.render("<html><body><p>Quyết định có dấu thời gian</p></body></html>"), leader,
                    Stamp.invisible(), Instant.now());

            Verification.Signature signature = signatures.verify(signed).signatures().get(0);
            assertThat(signature.valid()).isTrue();
            assertThat(signature.timeStampedAt()).as("the TSA's time").isNotNull();
            assertThat(SignaturesTests.run("pdfsig", signed)).contains("Signature is Valid.");
            assertThat(signatures.verify(signatures.signPersonal(pdf.render("<html><body><p>x</p></body></html>"),
                    "lanhdao.binhan")).signatures().get(0).timeStampedAt()).as("without a TSA: B-B, no token").isNull();
        }
    }

    @Test
    void anUnreachableAuthorityFailsTheSignatureClearly() {
        PdfSigner signer = new PdfSigner("http://127.0.0.1:9/tsa");
        KeyVault.Identity leader = vault.identity("person-lanhdao.binhan", "Lê Văn Long", "Xã Bình An");
        assertThatThrownBy(() -> signer.sign(pdf.render("<html><body><p>x</p></body></html>"), leader, Stamp.invisible(),
                Instant.now())).hasMessageContaining("time-stamp authority");
    }
}
