package vn.xaso.dossier;

import java.util.Arrays;
import java.util.Optional;
import vn.xaso.identity.XasoUser;
import vn.xaso.organization.Role;
import vn.xaso.workflow.StepKind;
import vn.xaso.workflow.Task;

/**
 * The actions on a dossier (the names of {@code POST /dossiers/{code}/actions/{action}}) and who may take
 * each, in which state. A caller without the role is forbidden (403); with the role but at the wrong
 * moment, the action is not allowed now (409).
 */
public enum DossierAction {
    ACCEPT("accept"), REQUEST_SUPPLEMENT("request-supplement"), SUPPLEMENT("supplement"), REFUSE("refuse"),
    ASSIGN("assign"), PROPOSE("propose"), SEND_BACK("send-back"), APPROVE("approve"), RETURN_RESULT("return-result"),
    TRANSFER("transfer"), EXTEND("extend"), STOP("stop"), WITHDRAW("withdraw"), RATE("rate"),
    RECORD_PAYMENT("record-payment");

    private final String path;

    DossierAction(String path) {
        this.path = path;
    }

    public String path() {
        return path;
    }

    public static Optional<DossierAction> of(String path) {
        return Arrays.stream(values()).filter(action -> action.path.equals(path)).findFirst();
    }

    /** The verdict for this caller on this dossier, with {@code open} the task waiting on it (or null). */
    Verdict check(XasoUser user, Dossier d, Task open) {
        boolean counter = official(user, Role.COUNTER, d.unitCode());
        boolean leader = official(user, Role.LEADER, d.unitCode());
        boolean specialist = official(user, Role.SPECIALIST, d.unitCode());
        boolean owner = user.isCitizen() && (user.getUsername().equals(d.owner())
                || d.applicant().idNumber().equals(user.idNumber()));
        // the unit a dossier was transferred to (liên thông) resolves it like the owner: its leader decides there
        boolean handler = official(user, Role.LEADER, d.handlingUnit());
        StepKind step = open == null ? null : open.stepKind();
        DossierStatus s = d.status();
        boolean transferred = s == DossierStatus.TRANSFERRED;
        // being resolved: received, and not finished (a dossier asked to supplement at the counter was never received:
        // no clock runs, no fee is taken, nothing to apologise for or to stop)
        boolean resolving = s.inProgress() && d.receivedAt() != null;
        return switch (this) {
            case ACCEPT -> verdict(counter, s == DossierStatus.SUBMITTED);
            case REQUEST_SUPPLEMENT -> {
                if (specialist && s == DossierStatus.PROCESSING && step == StepKind.PROCESS) {
                    yield mine(user, open) ? Verdict.ALLOWED : Verdict.FORBIDDEN;
                }
                yield verdict(counter || specialist || handler, (counter && (s == DossierStatus.SUBMITTED
                        || s == DossierStatus.RECEIVED)) || (handler && transferred));
            }
            case SUPPLEMENT -> verdict(owner || counter, s == DossierStatus.WAITING_SUPPLEMENT);
            case REFUSE -> verdict(counter || leader || handler, (counter && (s == DossierStatus.SUBMITTED || s == DossierStatus.WAITING_PAYMENT))
                    || (leader && (s == DossierStatus.RECEIVED || s == DossierStatus.PROCESSING))
                    || (handler && transferred));
            case ASSIGN -> verdict(leader, (s == DossierStatus.RECEIVED && step == StepKind.ASSIGN)
                    || (s == DossierStatus.PROCESSING && step == StepKind.PROCESS));
            case PROPOSE -> {
                if (specialist && s == DossierStatus.PROCESSING && step == StepKind.PROCESS) {
                    yield mine(user, open) ? Verdict.ALLOWED : Verdict.FORBIDDEN;
                }
                yield verdict(specialist, false);
            }
            case SEND_BACK -> verdict(leader || handler, (leader && s == DossierStatus.PROCESSING && step == StepKind.APPROVE)
                    || (handler && transferred));
            case APPROVE -> verdict(leader || handler, (leader && s == DossierStatus.PROCESSING && step == StepKind.APPROVE)
                    || (handler && transferred));
            case RETURN_RESULT -> verdict(counter, s == DossierStatus.DONE);
            case TRANSFER -> verdict(leader || specialist, s == DossierStatus.RECEIVED || s == DossierStatus.PROCESSING);
            // the apology letter (Mẫu 04) is the processing agency's, signed by its leader; the unit it was transferred
            // to apologises for its own part (TT 03/2025/TT-VPCP, form 04: "Thủ trưởng cơ quan giải quyết")
            case EXTEND -> verdict(leader || handler, !d.appointment().extended()
                    && ((leader && resolving) || (handler && transferred)));
            case STOP -> verdict(leader || handler, (leader && resolving) || (handler && transferred));
            case WITHDRAW -> verdict(owner || counter, s == DossierStatus.SUBMITTED || s == DossierStatus.WAITING_PAYMENT
                    || s.inProgress());
            case RATE -> verdict(owner, s == DossierStatus.RETURNED && d.rating() == null);
            case RECORD_PAYMENT -> verdict(counter, resolving || s == DossierStatus.DONE
                    || s == DossierStatus.WAITING_PAYMENT);
        };
    }

    enum Verdict { ALLOWED, FORBIDDEN, NOT_NOW }

    private static Verdict verdict(boolean role, boolean state) {
        if (!role) {
            return Verdict.FORBIDDEN;
        }
        return state ? Verdict.ALLOWED : Verdict.NOT_NOW;
    }

    private static boolean official(XasoUser user, Role role, String unitCode) {
        return unitCode != null && user.hasRole(role) && unitCode.equals(user.unitCode());
    }

    private static boolean mine(XasoUser user, Task open) {
        return open.assignee() == null || open.assignee().equals(user.getUsername());
    }
}
