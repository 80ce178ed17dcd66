package vn.xaso.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.springframework.context.ConfigurableApplicationContext;
import vn.xaso.files.PdfRenderer;
import vn.xaso.signing.Signatures;
import vn.xaso.signing.Verification;

/**
 * Signing 1,000 distinct one-page result PDFs, each with the leader's signature and the unit's seal (two
 * visible PAdES signatures), on as many threads as cores; then verifying 200 of them. Not a test: run
 * {@code bench/signing.sh}.
 */
public final class SigningBenchmark {

    private static final int DOCUMENTS = 1000;
    private static final int WARM_UP = 400;
    private static final int VERIFIED = 200;

    public static void main(String[] args) throws Exception {
        try (ConfigurableApplicationContext app = BenchApp.start()) {
            PdfRenderer renderer = app.getBean(PdfRenderer.class);
            Signatures signatures = app.getBean(Signatures.class);
            List<byte[]> pdfs = new ArrayList<>();
            for (int i = 0; i < DOCUMENTS + WARM_UP; i++) {
                pdfs.add(renderer.render("""
                        <html><head><style>body { font-family: 'DejaVu Serif'; }</style></head><body>
                        <h1>Giấy chứng nhận đăng ký hộ kinh doanh</h1><p>Số %d. Cấp cho: Người dân số %d.</p></body></html>"""
                        .formatted(i, i)));
            }
            for (int i = 0; i < WARM_UP; i++) {
                signatures.signAsLeaderAndUnit(pdfs.get(DOCUMENTS + i), "lanhdao.binhan", "H40.01", "Số: " + i);
            }
            int threads = Runtime.getRuntime().availableProcessors();
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            long[] nanos = new long[DOCUMENTS];
            List<byte[]> signed = new ArrayList<>();
            List<Future<byte[]>> futures = new ArrayList<>();
            long start = System.nanoTime();
            for (int i = 0; i < DOCUMENTS; i++) {
                int n = i;
                futures.add(pool.submit(() -> {
                    long t = System.nanoTime();
                    byte[] result = signatures.signAsLeaderAndUnit(pdfs.get(n), "lanhdao.binhan", "H40.01", "Số: " + n);
                    nanos[n] = System.nanoTime() - t;
                    return result;
                }));
            }
            for (Future<byte[]> future : futures) {
                signed.add(future.get());
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            pool.shutdown();
            Arrays.sort(nanos);
            System.out.printf("signed %d one-page PDFs (leader + unit seal, visible, PAdES-BASELINE-B) on %d threads in %.2f s:%n",
                    DOCUMENTS, threads, seconds);
            System.out.printf("  %.0f documents/s (%.0f signatures/s); per document p50 %.1f ms, p95 %.1f ms%n",
                    DOCUMENTS / seconds, 2 * DOCUMENTS / seconds, nanos[DOCUMENTS / 2] / 1e6, nanos[DOCUMENTS * 95 / 100] / 1e6);
            long[] verify = new long[VERIFIED];
            for (int i = 0; i < VERIFIED; i++) {
                long t = System.nanoTime();
                Verification v = signatures.verify(signed.get(i));
                verify[i] = System.nanoTime() - t;
                if (!v.allValid() || v.signatures().size() != 2) {
                    throw new IllegalStateException("Document " + i + " did not verify: " + v);
                }
            }
            Arrays.sort(verify);
            System.out.printf("verified %d of them (2 signatures each): p50 %.1f ms, p95 %.1f ms per document%n",
                    VERIFIED, verify[VERIFIED / 2] / 1e6, verify[VERIFIED * 95 / 100] / 1e6);
            System.out.printf("  machine: %d cores, %s %s%n", threads, System.getProperty("java.vm.name"), System.getProperty("java.version"));
        }
    }
}
