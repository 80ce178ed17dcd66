package vn.xaso.bench;

import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.model.DSSDocument;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.pades.PAdESSignatureParameters;
import eu.europa.esig.dss.pades.signature.PAdESService;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.token.DSSPrivateKeyEntry;
import eu.europa.esig.dss.token.KeyStoreSignatureTokenConnection;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import tools.jackson.databind.json.JsonMapper;
import vn.xaso.catalog.Procedure.Channel;
import vn.xaso.dossier.ActionRequest;
import vn.xaso.dossier.Applicant;
import vn.xaso.dossier.BatchApproval;
import vn.xaso.dossier.DossierAction;
import vn.xaso.dossier.DossierDesk;
import vn.xaso.dossier.NewDossier;
import vn.xaso.files.PdfRenderer;
import vn.xaso.identity.OfficialAccounts;
import vn.xaso.identity.XasoUser;
import vn.xaso.organization.OfficialDetails;
import vn.xaso.organization.Role;
import vn.xaso.signing.Signatures;
import vn.xaso.signing.Verification;

/**
 * Signing speed (not a test: {@code bench/signing.sh}). 1,000 distinct one-page result PDFs, each with the leader's
 * signature and the unit's seal (two visible PAdES signatures), on as many threads as cores, against the reference of
 * the same run: bare DSS (its default PDFBox service) signing the same PDFs once, invisibly, with an RSA-2048 key; then
 * verifying 200 of them; then a leader whose key is at the remote signing service (the simulator, answering each call
 * after 50 ms) approving 100 dossiers with one OTP, end to end, beside a leader with a PIN doing the same.
 */
public final class SigningBenchmark {

    private static final int DOCUMENTS = 1000;
    private static final int WARM_UP = 400;
    private static final int VERIFIED = 200;
    private static final int BATCH = 100;

    public static void main(String[] args) throws Exception {
        String machineIndex = args.length > 0 ? args[0] : "not measured";
        StringBuilder out = new StringBuilder();
        try (ConfigurableApplicationContext app = BenchApp.start("xaso.integration.simulator.signing-latency=50ms")) {
            PdfRenderer renderer = app.getBean(PdfRenderer.class);
            Signatures signatures = app.getBean(Signatures.class);
            List<byte[]> pdfs = new ArrayList<>();
            for (int i = 0; i < DOCUMENTS + WARM_UP; i++) {
                pdfs.add(renderer.render("""
                        <html><head><style>body { font-family: 'DejaVu Serif'; }</style></head><body>
                        <h1>Giấy chứng nhận đăng ký hộ kinh doanh</h1><p>Số %d. Cấp cho: Người dân số %d.</p></body></html>"""
                        .formatted(i, i)));
            }
            int threads = Runtime.getRuntime().availableProcessors();
            BareDss bare = new BareDss();
            IntFunction<byte[]> xaso = n -> signatures.signAsLeaderAndUnit(pdfs.get(n), "lanhdao.binhan", "H40.01", "Số: " + n);
            IntFunction<byte[]> reference = n -> bare.sign(pdfs.get(n));
            for (int i = 0; i < WARM_UP; i++) {
                xaso.apply(DOCUMENTS + i);
                reference.apply(DOCUMENTS + i);
            }
            // alternate, so that both meet the same machine
            Timed bareRun = timed(reference, threads);
            Timed xasoRun = timed(xaso, threads);
            Timed bareAgain = timed(reference, threads);
            double bareRate = Math.max(bareRun.perSecond(), bareAgain.perSecond());

            out.append("# Signing — ").append(LocalDate.now()).append("\n\n")
                    .append("Command: `bench/signing.sh` (machine index measured first in the same run).\n\n")
                    .append("- machine index (median of bench/deadlines.sh): ").append(machineIndex).append("\n")
                    .append("- machine: ").append(threads).append(" cores, ").append(System.getProperty("java.vm.name")).append(' ')
                    .append(System.getProperty("java.version")).append("\n\n")
                    .append("| run | documents | threads | documents/s | signatures/s | p50 ms | p95 ms |\n|---|---:|---:|---:|---:|---:|---:|\n")
                    .append(bareRun.row("reference: bare DSS, 1 invisible PAdES-B signature", 1))
                    .append(xasoRun.row("xaso: leader's visible signature + unit's visible seal (PAdES-B)", 2))
                    .append(bareAgain.row("reference again", 1))
                    .append(String.format("%nxaso's rate as a share of the reference: %.0f %% per document (two visible signatures against one invisible), "
                            + "%.0f %% per signature.%n", 100 * xasoRun.perSecond() / bareRate, 200 * xasoRun.perSecond() / bareRate));

            long[] verify = new long[VERIFIED];
            for (int i = 0; i < VERIFIED; i++) {
                long t = System.nanoTime();
                Verification v = signatures.verify(xasoRun.signed().get(i));
                verify[i] = System.nanoTime() - t;
                if (!v.allValid() || v.signatures().size() != 2) {
                    throw new IllegalStateException("Document " + i + " did not verify: " + v);
                }
            }
            Arrays.sort(verify);
            out.append(String.format("%nVerified %d of them (2 signatures each, chain to the trust anchors): p50 %.1f ms, p95 %.1f ms per document.%n",
                    VERIFIED, verify[VERIFIED / 2] / 1e6, verify[VERIFIED * 95 / 100] / 1e6));

            out.append(new RemoteBatch(app).run());
        }
        System.out.print(out);
        Path file = Path.of("bench/results", LocalDate.now() + "-signing.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, out.toString());
        System.out.println("\nWritten to " + file);
    }

    record Timed(List<byte[]> signed, long[] nanos, double seconds, int threads) {

        double perSecond() {
            return signed.size() / seconds;
        }

        String row(String name, int signaturesEach) {
            return String.format("| %s | %d | %d | %.0f | %.0f | %.1f | %.1f |%n", name, signed.size(), threads, perSecond(),
                    perSecond() * signaturesEach, nanos[nanos.length / 2] / 1e6, nanos[nanos.length * 95 / 100] / 1e6);
        }
    }

    private static Timed timed(IntFunction<byte[]> sign, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long[] nanos = new long[DOCUMENTS];
        List<Future<byte[]>> futures = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < DOCUMENTS; i++) {
            int n = i;
            futures.add(pool.submit(() -> {
                long t = System.nanoTime();
                byte[] result = sign.apply(n);
                nanos[n] = System.nanoTime() - t;
                return result;
            }));
        }
        List<byte[]> signed = new ArrayList<>();
        for (Future<byte[]> future : futures) {
            signed.add(future.get());
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        Arrays.sort(nanos);
        return new Timed(signed, nanos, seconds, threads);
    }

    /** DSS as its documentation shows it: the default PAdES service, an invisible signature, a PKCS#12 key in memory. */
    private static final class BareDss {

        private final PAdESService service = new PAdESService(new CommonCertificateVerifier());
        private final KeyStoreSignatureTokenConnection token;
        private final DSSPrivateKeyEntry key;

        BareDss() throws Exception {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            X500Name name = new X500Name("CN=Bare DSS reference, C=VN");
            Instant now = Instant.now();
            X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(new JcaX509v3CertificateBuilder(name,
                    BigInteger.ONE, Date.from(now.minus(1, ChronoUnit.DAYS)), Date.from(now.plus(365, ChronoUnit.DAYS)), name,
                    pair.getPublic()).build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry("key", pair.getPrivate(), "bench".toCharArray(), new java.security.cert.Certificate[] {certificate});
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            store.store(bytes, "bench".toCharArray());
            token = new KeyStoreSignatureTokenConnection(bytes.toByteArray(), "PKCS12", new KeyStore.PasswordProtection("bench".toCharArray()));
            key = token.getKeys().get(0);
        }

        byte[] sign(byte[] pdf) {
            PAdESSignatureParameters parameters = new PAdESSignatureParameters();
            parameters.setSignatureLevel(SignatureLevel.PAdES_BASELINE_B);
            parameters.setDigestAlgorithm(DigestAlgorithm.SHA256);
            parameters.setSigningCertificate(key.getCertificate());
            parameters.setCertificateChain(key.getCertificateChain());
            DSSDocument document = new InMemoryDocument(pdf);
            var value = token.sign(service.getDataToSign(document, parameters), DigestAlgorithm.SHA256, key);
            try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
                service.signDocument(document, parameters, value).writeTo(out);
                return out.toByteArray();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    /** 100 dossiers approved with one confirmation: a leader whose key is at the remote service, and one with a PIN. */
    private static final class RemoteBatch {

        private final ConfigurableApplicationContext app;
        private final DossierDesk desk;
        private final Signatures signatures;
        private final UserDetailsService accounts;

        RemoteBatch(ConfigurableApplicationContext app) {
            this.app = app;
            this.desk = app.getBean(DossierDesk.class);
            this.signatures = app.getBean(Signatures.class);
            this.accounts = app.getBean(UserDetailsService.class);
        }

        String run() throws Exception {
            XasoUser remote = leader("lanhdao.tuxa");
            signatures.useRemote(remote.getUsername(), null);
            XasoUser pin = leader("lanhdao.pin");
            signatures.setPin(pin.getUsername(), "24681357", null);
            StringBuilder out = new StringBuilder(String.format("%n| %d at once, one confirmation | send the OTP | sign (and approve), end to end | per paper |%n"
                    + "|---|---:|---:|---:|%n", BATCH));
            for (int round = 0; round < 2; round++) {
                out.append(remoteSigningOnly(remote));
                out.append(batch("approval of 100 dossiers, key at the remote service: OTP, one signHash call, then number and seal each", remote, () -> {
                    signatures.sendOtp(remote.getUsername());
                    return otp(remote.getUsername());
                }));
                out.append(batch("approval of 100 dossiers, key on the server opened by the PIN", pin, () -> "24681357"));
            }
            return out.toString();
        }

        /** The signing alone: 100 result papers, the OTP turned into an authorization, one signHash call, 100 signed PDFs. */
        private String remoteSigningOnly(XasoUser leader) throws Exception {
            PdfRenderer renderer = app.getBean(PdfRenderer.class);
            List<Signatures.Paper> papers = new ArrayList<>();
            for (int i = 0; i < BATCH; i++) {
                papers.add(new Signatures.Paper(renderer.render("<html><body><h1>Giấy chứng nhận</h1><p>Số " + i + "</p></body></html>"),
                        vn.xaso.signing.Placement.BOTTOM_RIGHT));
            }
            long t0 = System.nanoTime();
            signatures.sendOtp(leader.getUsername());
            String otp = otp(leader.getUsername());
            long t1 = System.nanoTime();
            var consent = signatures.confirm(leader.getUsername(), otp, BATCH, "bench");
            List<Signatures.SignedPaper> signed = signatures.signPersonalAll(papers, leader.getUsername(), consent);
            long t2 = System.nanoTime();
            if (signed.size() != BATCH || !signatures.verify(signed.get(BATCH - 1).pdf()).allValid()) {
                throw new IllegalStateException("remote signatures did not verify");
            }
            return String.format("| remote signing alone: %d papers, authorize with the OTP, one signHash call | %.0f ms | %.2f s | %.1f ms |%n",
                    BATCH, (t1 - t0) / 1e6, (t2 - t1) / 1e9, (t2 - t1) / 1e6 / BATCH);
        }

        private String batch(String name, XasoUser leader, Callable<String> confirmation) throws Exception {
            List<String> codes = new ArrayList<>();
            for (int i = 0; i < BATCH; i++) {
                codes.add(proposed(i));
            }
            long t0 = System.nanoTime();
            String confirmed = confirmation.call();
            long t1 = System.nanoTime();
            var job = app.getBean(BatchApproval.class).run(leader, codes, null, confirmed);
            long t2 = System.nanoTime();
            var progress = job.progress(app, java.util.Locale.ROOT);
            if (progress.approved().size() != BATCH) {
                throw new IllegalStateException(name + ": " + progress.failed());
            }
            return String.format("| %s | %.0f ms | %.2f s | %.1f ms |%n", name, (t1 - t0) / 1e6, (t2 - t1) / 1e9, (t2 - t1) / 1e6 / BATCH);
        }

        private XasoUser leader(String username) {
            XasoUser admin = (XasoUser) accounts.loadUserByUsername("admin");
            app.getBean(OfficialAccounts.class).register(admin, new OfficialDetails(username, "Lãnh đạo Thử Ký", "H40.01",
                    "Phó Chủ tịch", Set.of(Role.LEADER), true), "mat-khau-bench");
            return (XasoUser) accounts.loadUserByUsername(username);
        }

        private String proposed(int n) {
            XasoUser counter = (XasoUser) accounts.loadUserByUsername("motcua.binhan");
            var d = desk.submit(counter, new NewDossier("HKD-01", "H40.01", Channel.COUNTER,
                    new Applicant("Người thử " + n, String.format("%012d", 38_100_000_000L + n), null, "0912345678", null, null), null));
            desk.act((XasoUser) accounts.loadUserByUsername("lanhdao.binhan"), d.code(), DossierAction.ASSIGN, new ActionRequest(
                    null, null, null, "chuyenvien.binhan", null, null, null, null, null, null, null, null, null, null, null, null, null, null, null));
            desk.act((XasoUser) accounts.loadUserByUsername("chuyenvien.binhan"), d.code(), DossierAction.PROPOSE, new ActionRequest(
                    null, null, null, null, "Đủ điều kiện", null, null, null, null, null, null, null, null, null, null, null, null, null, null));
            return d.code();
        }

        private String otp(String user) throws Exception {
            String url = app.getEnvironment().getProperty("xaso.integration.simulator.url") + "/__csc/otp?user=" + user;
            String body = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            return JsonMapper.builder().build().readTree(body).path("otp").asString();
        }
    }
}
