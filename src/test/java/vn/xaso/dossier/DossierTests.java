package vn.xaso.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.xaso.api.Conflict;
import vn.xaso.api.InvalidInput;
import vn.xaso.api.Refusal;
import vn.xaso.calendar.Timeliness;
import vn.xaso.catalog.Procedure.Channel;

/** The dossier's own transitions, without Spring: what each changes and the event it returns. */
class DossierTests {

    private static final Instant NOW = SomeDossiers.RECEIVED.plusSeconds(3_600);
    private static final Instant DUE = SomeDossiers.DUE;

    @Test
    void receiptStartsTheClockAndTakesALineOfTheBook() {
        Dossier d = SomeDossiers.submitted();
        DossierReceived received = d.receive(Channel.POSTAL, NOW, DUE, new Receipt.RegisterLine(2026, 7));

        assertThat(d.status()).isEqualTo(DossierStatus.RECEIVED);
        assertThat(d.appointment()).isEqualTo(new Appointment(DUE, DUE, false));
        assertThat(d.receipt()).isEqualTo(new Receipt(NOW, new Receipt.RegisterLine(2026, 7), NOW));
        assertThat(d.intake().resultChannel()).as("the applicant's choice at receipt").isEqualTo(Channel.POSTAL);
        assertThat(received.dueAt()).isEqualTo(DUE);
        assertThat(received.line().line()).isEqualTo(7);
    }

    @Test
    void anIncompleteDossierIsNotReceived() {
        var components = List.of(new DossierComponent("Tờ khai", null, 1, true, false),
                new DossierComponent("Bản sao giấy tờ", null, 1, false, false));
        assertThat(Dossier.lacking(components)).containsExactly("Tờ khai");
        assertThatThrownBy(() -> Dossier.requireComplete(components)).isInstanceOf(Conflict.class)
                .extracting(e -> ((Refusal) e).code()).isEqualTo("dossier.accept.incomplete");
    }

    @Test
    void secondSupplementRequestMakesDossierLate() {
        Dossier d = SomeDossiers.in(DossierStatus.PROCESSING);
        SupplementRequested first = d.requestSupplement("Thiếu", List.of("Tờ khai"), NOW);
        d.supplement(List.of("Tờ khai"), DUE.plus(Duration.ofHours(1)), NOW.plusSeconds(60));
        SupplementRequested second = d.requestSupplement("Thiếu nữa", List.of("Bản sao"), NOW.plusSeconds(120));

        assertThat(first.clockStopped()).isTrue();
        assertThat(first.late()).isFalse();
        assertThat(second.count()).isEqualTo(2);
        assertThat(second.late()).isTrue();
        d.supplement(null, DUE.plus(Duration.ofHours(2)), NOW.plusSeconds(180));
        DossierFinished done = d.approve(null, DUE.plus(Duration.ofHours(2)), "01/GCN-UBND", NOW.plusSeconds(240));
        assertThat(done.timeliness()).as("finished days early, still late by a second request").isEqualTo(Timeliness.LATE);
    }

    @Test
    void aRequestBeforeReceiptStopsNoClockAndGoesBackToTheCounter() {
        Dossier d = SomeDossiers.submitted();
        SupplementRequested request = d.requestSupplement("Chưa đủ", List.of("Tờ khai"), NOW);
        assertThat(request.clockStopped()).isFalse();
        assertThat(d.supplements().count()).isZero();

        DossierSupplemented supplemented = d.supplement(List.of("Tờ khai"), null, NOW.plusSeconds(60));
        assertThat(d.status()).isEqualTo(DossierStatus.SUBMITTED);
        assertThat(supplemented.dueAt()).isNull();
        assertThat(d.supplements().missing()).isEmpty();
    }

    @Test
    void aSupplementMovesTheAppointmentByTheWaitUnlessAnApologyPromisedAnother() {
        Dossier d = SomeDossiers.in(DossierStatus.PROCESSING);
        d.requestSupplement("Thiếu", List.of("Tờ khai"), NOW);
        Instant later = DUE.plus(Duration.ofDays(2));
        d.supplement(null, later, NOW.plusSeconds(60));
        assertThat(d.appointment()).isEqualTo(new Appointment(later, later, false));

        Dossier promised = SomeDossiers.extended();
        Instant promise = promised.dueAt();
        promised.requestSupplement("Thiếu", List.of("Tờ khai"), NOW);
        promised.supplement(null, later, NOW.plusSeconds(60));
        assertThat(promised.appointment()).isEqualTo(new Appointment(promise, later, true));
    }

    @Test
    void stoppedWhileWaitingIsJudgedWithoutTheWait() {
        Dossier d = SomeDossiers.in(DossierStatus.WAITING_SUPPLEMENT);
        Instant afterDue = DUE.plus(Duration.ofDays(1));
        Instant dueWithoutTheWait = DUE.plus(Duration.ofDays(3));
        DossierFinished stopped = d.finish(DossierStatus.STOPPED, "Quá hạn bổ sung", dueWithoutTheWait, afterDue);
        assertThat(stopped.timeliness()).isEqualTo(Timeliness.EARLY);
        assertThat(d.appointment().legalDueAt()).isEqualTo(dueWithoutTheWait);
    }

    @Test
    void aRefusalBeforeTheClockStartedIsNotJudged() {
        Dossier d = SomeDossiers.submitted();
        DossierFinished refused = d.finish(DossierStatus.REFUSED, "Không thuộc thẩm quyền", null, NOW);
        assertThat(refused.timeliness()).isNull();
        assertThat(d.finishedAt()).isEqualTo(NOW);
        assertThat(refused.reason()).isEqualTo("Không thuộc thẩm quyền");
    }

    @Test
    void aWithdrawnDossierIsNeverJudged() {
        Dossier d = SomeDossiers.in(DossierStatus.PROCESSING);
        assertThat(d.withdraw("Không còn nhu cầu", DUE.plus(Duration.ofDays(9))).timeliness()).isNull();
        assertThat(d.status()).isEqualTo(DossierStatus.WITHDRAWN);
    }

    @Test
    void theResultGoesWhereTheApplicantAskedUnlessTheCounterSaysOtherwise() {
        Dossier d = SomeDossiers.in(DossierStatus.DONE);
        assertThat(d.returnResult(null, NOW).channel()).isEqualTo(Channel.ONLINE);
        Dossier other = SomeDossiers.in(DossierStatus.DONE);
        assertThat(other.returnResult(Channel.POSTAL, NOW).channel()).isEqualTo(Channel.POSTAL);
        assertThat(other.outcome().returnChannel()).isEqualTo(Channel.POSTAL);
    }

    @Test
    void aSentBackTransferReturnsToTheOwningUnit() {
        Dossier d = SomeDossiers.in(DossierStatus.TRANSFERRED);
        assertThat(d.sendBack("Chưa đủ căn cứ", NOW).toOwningUnit()).isTrue();
        assertThat(d.status()).isEqualTo(DossierStatus.PROCESSING);
        assertThat(d.handlingUnit()).isNull();
    }

    @Test
    void anApologyNeedsALaterTimeWithinAYear() {
        Dossier d = SomeDossiers.received();
        assertRefused(() -> d.extend(null, "Xác minh", NOW), "newDueAt", "dossier.extend.due-required");
        assertRefused(() -> d.extend(DUE, "Xác minh", NOW), "newDueAt", "dossier.extend.not-later");
        assertRefused(() -> d.extend(NOW.plus(Duration.ofDays(400)), "Xác minh", NOW), "newDueAt", "dossier.extend.too-far");
        DeadlineExtended extended = d.extend(DUE.plus(Duration.ofDays(3)), "Xác minh", NOW);
        assertThat(d.dueAt()).isEqualTo(extended.newDueAt());
        assertThat(d.appointment().legalDueAt()).as("timeliness keeps the legal due time").isEqualTo(DUE);
    }

    @Test
    void aTransitionAtTheWrongMomentIsRefused() {
        Dossier returned = SomeDossiers.in(DossierStatus.RETURNED);
        assertThatThrownBy(() -> returned.assign("chuyenvien", NOW)).isInstanceOf(Conflict.class);
        Dossier rated = SomeDossiers.rated();
        assertThatThrownBy(() -> rated.rate(3, null, NOW)).as("rated once").isInstanceOf(Conflict.class);
    }

    private static void assertRefused(Runnable action, String field, String code) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(InvalidInput.class, e -> {
            assertThat(e.code()).isEqualTo(code);
            assertThat(e.field()).isEqualTo(field);
        });
    }
}
