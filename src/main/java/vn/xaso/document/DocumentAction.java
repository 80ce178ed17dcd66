package vn.xaso.document;

import java.util.Arrays;
import java.util.Optional;
import vn.xaso.identity.XasoUser;
import vn.xaso.organization.Role;

/**
 * The actions on a document (the names of {@code POST /documents/{id}/actions/{action}}) and who may take each,
 * when. Without the role or part the caller is forbidden (403); at the wrong moment it is not allowed now (409).
 */
public enum DocumentAction {
    ASSIGN("assign"), OPINION("opinion"), ACKNOWLEDGE("acknowledge"), COMPLETE("complete"), REMIND("remind"),
    UPLOAD_DRAFT("upload-draft"),
    REQUEST_OPINIONS("request-opinions"), SUBMIT("submit"), SEND_BACK("send-back"), SIGN("sign"), ISSUE("issue"),
    RECALL("recall");

    private final String path;

    DocumentAction(String path) {
        this.path = path;
    }

    public String path() {
        return path;
    }

    public static Optional<DocumentAction> of(String path) {
        return Arrays.stream(values()).filter(action -> action.path.equals(path)).findFirst();
    }

    enum Verdict { ALLOWED, FORBIDDEN, NOT_NOW }

    /** The verdict for this caller; {@code parts} are the caller's parts in the document (MAIN, COORDINATE, …). */
    Verdict check(XasoUser user, Document d, java.util.Set<String> parts) {
        boolean leader = official(user, Role.LEADER, d.unitCode());
        boolean clerk = official(user, Role.CLERK, d.unitCode());
        boolean inUnit = d.unitCode().equals(user.unitCode()) && !user.isCitizen();
        boolean drafter = user.getUsername().equals(d.signing().draftedBy());
        DocumentStatus s = d.status();
        return switch (this) {
            case ASSIGN -> verdict(leader, d.isIncoming() && (s == DocumentStatus.REGISTERED || s == DocumentStatus.ASSIGNED));
            case OPINION -> verdict(parts.contains("COORDINATE") || parts.contains("OPINION") || parts.contains("MAIN"),
                    s == DocumentStatus.ASSIGNED || s == DocumentStatus.DRAFT || s == DocumentStatus.SUBMITTED);
            case ACKNOWLEDGE -> verdict(parts.contains("INFORM"), s != DocumentStatus.RECALLED);
            case COMPLETE -> verdict(parts.contains("MAIN"), s == DocumentStatus.ASSIGNED);
            case REMIND -> verdict(leader, s == DocumentStatus.ASSIGNED);
            case UPLOAD_DRAFT, REQUEST_OPINIONS -> verdict(!d.isIncoming() && (drafter || inUnit && user.hasRole(Role.SPECIALIST)),
                    s == DocumentStatus.DRAFT);
            case SUBMIT -> verdict(!d.isIncoming() && (drafter || inUnit && user.hasRole(Role.SPECIALIST)), s == DocumentStatus.DRAFT);
            case SEND_BACK -> verdict(user.getUsername().equals(d.signing().signer()) || leader && !d.isIncoming(),
                    s == DocumentStatus.SUBMITTED);
            case SIGN -> verdict(user.getUsername().equals(d.signing().signer()), s == DocumentStatus.SUBMITTED);
            case ISSUE -> verdict(clerk && !d.isIncoming(), s == DocumentStatus.SIGNED);
            case RECALL -> verdict((leader || clerk) && !d.isIncoming(), s == DocumentStatus.ISSUED);
        };
    }

    private static Verdict verdict(boolean role, boolean state) {
        if (!role) {
            return Verdict.FORBIDDEN;
        }
        return state ? Verdict.ALLOWED : Verdict.NOT_NOW;
    }

    private static boolean official(XasoUser user, Role role, String unitCode) {
        return user.hasRole(role) && unitCode.equals(user.unitCode());
    }
}
