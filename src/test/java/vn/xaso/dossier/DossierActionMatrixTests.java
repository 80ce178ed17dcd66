package vn.xaso.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import vn.xaso.ActionTable;
import vn.xaso.catalog.Procedure.Channel;
import vn.xaso.identity.XasoUser;
import vn.xaso.organization.Role;
import vn.xaso.workflow.StepKind;
import vn.xaso.workflow.Task;

/**
 * Who may take which action on a dossier in which state, every role × state × action, without Spring: allowed (A),
 * not now (-, 409) or never for this person (x, 403). The table is the rule as the one-stop procedure has it;
 * a cell the code decides differently fails, and every allowed cell is also accepted by the dossier itself.
 */
class DossierActionMatrixTests {

    /** The situations, in the columns' order: a state and the step the dossier's open task is at. */
    private static final List<String> SITUATIONS = List.of("SUBMITTED", "RECEIVED", "PROCESSING/PROCESS",
            "PROCESSING/APPROVE", "WAITING_SUPPLEMENT", "TRANSFERRED", "DONE", "REFUSED", "WITHDRAWN", "STOPPED",
            "RETURNED", "RETURNED/RATED", "WAITING_PAYMENT");

    private static final Map<String, XasoUser> PEOPLE = new LinkedHashMap<>();

    static {
        PEOPLE.put("counter", XasoUser.official("motcua", SomeDossiers.UNIT, Role.COUNTER));
        PEOPLE.put("specialist", XasoUser.official("chuyenvien", SomeDossiers.UNIT, Role.SPECIALIST));
        PEOPLE.put("other-specialist", XasoUser.official("chuyenvien2", SomeDossiers.UNIT, Role.SPECIALIST));
        PEOPLE.put("leader", XasoUser.official("lanhdao", SomeDossiers.UNIT, Role.LEADER));
        PEOPLE.put("clerk", XasoUser.official("vanthu", SomeDossiers.UNIT, Role.CLERK));
        PEOPLE.put("handler", XasoUser.official("lanhdao.tinh", SomeDossiers.PROVINCE, Role.LEADER));
        PEOPLE.put("owner", XasoUser.citizen("congdan", SomeDossiers.ID_NUMBER));
        PEOPLE.put("stranger", XasoUser.citizen("nguoikhac", "037095000999"));
        PEOPLE.put("other-unit", XasoUser.official("motcua.khac", "H40.02", Role.COUNTER, Role.SPECIALIST, Role.LEADER));
        PEOPLE.put("monitor", XasoUser.official("theodoi", SomeDossiers.PROVINCE, Role.MONITOR));
    }

    /**
     * Rows: action, person, then one cell per situation. A person not listed for an action may never take it (x).
     * "handler" is the leader of the unit a dossier was transferred to (liên thông); "specialist" holds the task.
     */
    private static final String RULES = """
            accept             counter           A - - - - - - - - - - - -
            request-supplement counter           A A - - - - - - - - - - -
            request-supplement specialist        - - A - - - - - - - - - -
            request-supplement other-specialist  - - x - - - - - - - - - -
            request-supplement handler           x x x x x A x x x x x x x
            supplement         counter           - - - - A - - - - - - - -
            supplement         owner             - - - - A - - - - - - - -
            refuse             counter           A - - - - - - - - - - - A
            refuse             leader            - A A A - - - - - - - - -
            refuse             handler           x x x x x A x x x x x x x
            assign             leader            - A A - - - - - - - - - -
            propose            specialist        - - A - - - - - - - - - -
            propose            other-specialist  - - x - - - - - - - - - -
            send-back          leader            - - - A - - - - - - - - -
            send-back          handler           x x x x x A x x x x x x x
            approve            leader            - - - A - - - - - - - - -
            approve            handler           x x x x x A x x x x x x x
            return-result      counter           - - - - - - A - - - - - -
            transfer           leader            - A A A - - - - - - - - -
            transfer           specialist        - A A A - - - - - - - - -
            transfer           other-specialist  - A A A - - - - - - - - -
            extend             leader            - A A A A A - - - - - - -
            extend             handler           x x x x x A x x x x x x x
            stop               leader            - A A A A A - - - - - - -
            stop               handler           x x x x x A x x x x x x x
            withdraw           owner             A A A A A A - - - - - - A
            withdraw           counter           A A A A A A - - - - - - A
            rate               owner             - - - - - - - - - - A - -
            record-payment     counter           - A A A A A A - - - - - A
            """;

    @Test
    void everyRoleInEveryStateMayTakeExactlyTheActionsTheRulesGive() {
        Map<String, String> expected = expected();
        List<String> wrong = new ArrayList<>();
        for (DossierAction action : DossierAction.values()) {
            for (String person : PEOPLE.keySet()) {
                for (String situation : SITUATIONS) {
                    String want = expected.getOrDefault(action.path() + " " + person + " " + situation, "x");
                    String got = cell(action.check(PEOPLE.get(person), dossier(situation), task(situation)));
                    if (!want.equals(got)) {
                        wrong.add(action.path() + " by " + person + " in " + situation + ": " + got + ", should be " + want);
                    }
                }
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(expected).hasSize(29 * SITUATIONS.size());
    }

    @Test
    void everyAllowedCellIsAlsoAcceptedByTheDossierItself() {
        expected().forEach((key, cell) -> {
            if (cell.equals("A")) {
                String[] parts = key.split(" ");
                Dossier d = dossier(parts[2]);
                assertThatCode(() -> transition(DossierAction.of(parts[0]).orElseThrow(), d).get()).as(key)
                        .doesNotThrowAnyException();
            }
        });
    }

    @Test
    void anAppointmentIsPostponedOnceOnly() {
        XasoUser leader = PEOPLE.get("leader");
        assertThat(DossierAction.EXTEND.check(leader, SomeDossiers.extended(), task("RECEIVED")))
                .isEqualTo(DossierAction.Verdict.NOT_NOW);
    }

    @Test
    void aSpecialistMayTakeAnUnassignedProcessingTask() {
        Task anyone = new Task(1, 1, "DOSSIER", "x", "x", 2, "process", StepKind.PROCESS, "Thẩm định", Role.SPECIALIST,
                SomeDossiers.UNIT, null, null, SomeDossiers.RECEIVED, null, null, null, null);
        assertThat(DossierAction.PROPOSE.check(PEOPLE.get("other-specialist"), dossier("PROCESSING/PROCESS"), anyone))
                .isEqualTo(DossierAction.Verdict.ALLOWED);
    }

    private static Map<String, String> expected() {
        return ActionTable.parse(RULES, SITUATIONS);
    }

    private static String cell(DossierAction.Verdict verdict) {
        return ActionTable.cell(verdict);
    }

    private static Dossier dossier(String situation) {
        if (situation.equals("RETURNED/RATED")) {
            return SomeDossiers.rated();
        }
        return SomeDossiers.in(DossierStatus.valueOf(situation.split("/")[0]));
    }

    /** The task the dossier waits on in each situation (the processing task is held by "chuyenvien"). */
    private static Task task(String situation) {
        return switch (situation) {
            case "SUBMITTED" -> task(0, StepKind.RECEIVE, Role.COUNTER, SomeDossiers.UNIT, null);
            case "RECEIVED" -> task(1, StepKind.ASSIGN, Role.LEADER, SomeDossiers.UNIT, null);
            case "PROCESSING/PROCESS" -> task(2, StepKind.PROCESS, Role.SPECIALIST, SomeDossiers.UNIT, "chuyenvien");
            case "PROCESSING/APPROVE" -> task(3, StepKind.APPROVE, Role.LEADER, SomeDossiers.UNIT, null);
            case "TRANSFERRED" -> task(null, StepKind.TRANSFER, Role.LEADER, SomeDossiers.PROVINCE, null);
            case "DONE" -> task(4, StepKind.RETURN, Role.COUNTER, SomeDossiers.UNIT, null);
            default -> null;
        };
    }

    private static Task task(Integer ordinal, StepKind kind, Role role, String unit, String assignee) {
        return new Task(1, 1, "DOSSIER", "x", "x", ordinal, kind.name().toLowerCase(), kind, kind.name(), role, unit,
                assignee, null, SomeDossiers.RECEIVED, null, null, null, null);
    }

    /** The dossier's own transition for an action, with made-up facts. */
    private static Supplier<DossierEvent> transition(DossierAction action, Dossier d) {
        Instant now = SomeDossiers.RECEIVED.plusSeconds(3_600);
        Instant due = SomeDossiers.DUE;
        return switch (action) {
            case ACCEPT -> () -> d.receive(null, now, due, new Receipt.RegisterLine(2026, 2));
            case REQUEST_SUPPLEMENT -> () -> d.requestSupplement("Thiếu", List.of("Tờ khai"), now);
            case SUPPLEMENT -> () -> d.supplement(List.of("Tờ khai"), due, now);
            case REFUSE -> () -> d.finish(DossierStatus.REFUSED, "Không đủ điều kiện", due, now);
            case ASSIGN -> () -> d.assign("chuyenvien", now);
            case PROPOSE -> () -> d.propose("Đủ điều kiện", false, null, now);
            case SEND_BACK -> () -> d.sendBack("Làm lại", now);
            case APPROVE -> () -> d.approve(null, due, "01/GCN-UBND", now);
            case RETURN_RESULT -> () -> d.returnResult(Channel.COUNTER, now);
            case TRANSFER -> () -> d.transfer(new TransferPolicy.Route("H40", BigDecimal.ONE), due, "Liên thông", now);
            case EXTEND -> () -> d.extend(due.plusSeconds(86_400), "Xác minh", now);
            case STOP -> () -> d.finish(DossierStatus.STOPPED, "Dừng", due, now);
            case WITHDRAW -> () -> d.withdraw("Rút", now);
            case RATE -> () -> d.rate(5, null, now);
            // as DossierTransitions: a dossier waiting for its fee is received once paid
            case RECORD_PAYMENT -> () -> d.status() == DossierStatus.WAITING_PAYMENT
                    ? d.receive(null, now, due, new Receipt.RegisterLine(2026, 2))
                    : d.paid(new Payment("PAYMENT", "CASH", 100_000, 2026, 1, null, "motcua", now, null), now);
        };
    }
}
