package vn.xaso.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import vn.xaso.api.Conflict;

class BatchProgressTests {

    private static final Locale VI = Locale.forLanguageTag("vi");

    private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

    BatchProgressTests() {
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
    }

    @Test
    void everyFigureOfAProgressIsReadAtTheSameMoment() throws InterruptedException {
        BatchApproval.Job job = new BatchApproval.Job("b", 20_000);
        Thread approver = new Thread(() -> {
            for (int i = 0; i < 20_000; i++) {
                job.approved("D" + i);
            }
        });
        approver.start();
        while (approver.isAlive()) {
            BatchApproval.Progress progress = job.progress(messages, VI);
            assertThat(progress.done()).isEqualTo(progress.approved().size() + progress.failed().size());
            assertThat(progress.finished()).isEqualTo(progress.done() == 20_000);
        }
        approver.join();
        assertThat(job.progress(messages, VI).finished()).isTrue();
    }

    @Test
    void aFailureIsExplainedInTheReadersLanguage() {
        BatchApproval.Job job = new BatchApproval.Job("b", 1);
        job.failed("D1", new Conflict("dossier.batch.not-signed", "IOException"));

        assertThat(job.progress(messages, VI).failed().get(0).reason()).startsWith("Không phê duyệt, ký số được");
        assertThat(job.progress(messages, Locale.ENGLISH).failed().get(0).reason()).startsWith("This dossier could not");
    }
}
