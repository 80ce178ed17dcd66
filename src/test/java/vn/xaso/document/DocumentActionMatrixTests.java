package vn.xaso.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.xaso.ActionTable;
import vn.xaso.identity.XasoUser;
import vn.xaso.organization.Role;

/**
 * Who may take which action on a document in which state, every person × state × action, without Spring: allowed
 * (A), not now (-, 409) or never for this person (x, 403). The table is the rule of NĐ 30/2020's document work.
 */
class DocumentActionMatrixTests {

    private static final List<String> SITUATIONS = List.of("IN/REGISTERED", "IN/ASSIGNED", "IN/COMPLETED",
            "IN/RECALLED", "OUT/DRAFT", "OUT/SUBMITTED", "OUT/SIGNED", "OUT/ISSUED", "OUT/RECALLED");

    /** A person, and the part they have in the document (main handler, coordinator, informed, opinion asked). */
    private record Person(XasoUser user, Set<String> parts) {
    }

    private static final Map<String, Person> PEOPLE = new LinkedHashMap<>();

    static {
        person("leader", XasoUser.official("phochutich", SomeDocuments.UNIT, Role.LEADER));
        person("signer", XasoUser.official("lanhdao", SomeDocuments.UNIT, Role.LEADER));
        person("clerk", XasoUser.official("vanthu", SomeDocuments.UNIT, Role.CLERK));
        person("drafter", XasoUser.official("chuyenvien", SomeDocuments.UNIT, Role.SPECIALIST));
        person("main-handler", XasoUser.official("chuyenvien2", SomeDocuments.UNIT, Role.SPECIALIST), "MAIN");
        person("coordinator", XasoUser.official("chuyenvien3", SomeDocuments.UNIT, Role.SPECIALIST), "COORDINATE");
        person("informed", XasoUser.official("chuyenvien4", SomeDocuments.UNIT, Role.SPECIALIST), "INFORM");
        person("asked", XasoUser.official("chuyenvien5", SomeDocuments.UNIT, Role.SPECIALIST), "OPINION");
        person("counter", XasoUser.official("motcua", SomeDocuments.UNIT, Role.COUNTER));
        person("other-unit", XasoUser.official("lanhdao.khac", "H40.01", Role.LEADER, Role.CLERK, Role.SPECIALIST));
        person("citizen", XasoUser.citizen("congdan", "037095000001"));
    }

    /** Rows: action, person, one cell per situation; a person not listed for an action may never take it (x). */
    private static final String RULES = """
            assign            leader        A A - - - - - - -
            assign            signer        A A - - - - - - -
            opinion           main-handler  - A - - A A - - -
            opinion           coordinator   - A - - A A - - -
            opinion           asked         - A - - A A - - -
            acknowledge       informed      A A A - A A A A -
            complete          main-handler  - A - - - - - - -
            remind            leader        - A - - - - - - -
            remind            signer        - A - - - - - - -
            upload-draft      drafter       x x x x A - - - -
            upload-draft      main-handler  x x x x A - - - -
            upload-draft      coordinator   x x x x A - - - -
            upload-draft      informed      x x x x A - - - -
            upload-draft      asked         x x x x A - - - -
            request-opinions  drafter       x x x x A - - - -
            request-opinions  main-handler  x x x x A - - - -
            request-opinions  coordinator   x x x x A - - - -
            request-opinions  informed      x x x x A - - - -
            request-opinions  asked         x x x x A - - - -
            submit            drafter       x x x x A - - - -
            submit            main-handler  x x x x A - - - -
            submit            coordinator   x x x x A - - - -
            submit            informed      x x x x A - - - -
            submit            asked         x x x x A - - - -
            send-back         leader        x x x x - A - - -
            send-back         signer        x x x x - A - - -
            sign              signer        x x x x x A - - -
            issue             clerk         x x x x - - A - -
            recall            leader        x x x x - - - A -
            recall            signer        x x x x - - - A -
            recall            clerk         x x x x - - - A -
            """;

    @Test
    void everyPersonInEveryStateMayTakeExactlyTheActionsTheRulesGive() {
        Map<String, String> expected = expected();
        List<String> wrong = new ArrayList<>();
        for (DocumentAction action : DocumentAction.values()) {
            for (Map.Entry<String, Person> person : PEOPLE.entrySet()) {
                for (String situation : SITUATIONS) {
                    String want = expected.getOrDefault(action.path() + " " + person.getKey() + " " + situation, "x");
                    String got = cell(action.check(person.getValue().user(), document(situation), person.getValue().parts()));
                    if (!want.equals(got)) {
                        wrong.add(action.path() + " by " + person.getKey() + " in " + situation + ": " + got
                                + ", should be " + want);
                    }
                }
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(expected).hasSize(31 * SITUATIONS.size());
    }

    @Test
    void everyAllowedCellIsAlsoAcceptedByTheDocumentItself() {
        expected().forEach((key, cell) -> {
            if (cell.equals("A")) {
                String[] parts = key.split(" ");
                Document d = document(parts[2]);
                DocumentAction action = DocumentAction.of(parts[0]).orElseThrow();
                assertThatCode(() -> transition(action, d)).as(key).doesNotThrowAnyException();
            }
        });
    }

    /** The document's own transition for an action, with made-up facts. */
    private static DocumentEvent transition(DocumentAction action, Document d) {
        Instant now = SomeDocuments.NOW;
        var people = new DocumentAssigned.People("chuyenvien2", "Lê Thị Hoa", List.of(), List.of());
        return switch (action) {
            case ASSIGN -> d.assign(people, null, now, LocalDate.of(2026, 12, 4), now);
            case OPINION -> d.giveOpinion("chuyenvien3", "Đồng ý", now);
            case ACKNOWLEDGE -> d.acknowledge("chuyenvien4", now);
            case COMPLETE -> d.complete(null, now);
            case REMIND -> d.remind("Khẩn trương", now);
            case UPLOAD_DRAFT -> d.uploadDraft(SomeDocuments.FILE, 2, now);
            case REQUEST_OPINIONS -> d.requestOpinions(List.of("chuyenvien5"), "Trần Văn Năm", now, now);
            case SUBMIT -> d.submit("lanhdao", "Trần Văn Lãnh", null, now);
            case SEND_BACK -> d.sendBack("Sửa", now);
            case SIGN -> d.sign(SomeDocuments.FILE, now);
            case ISSUE -> d.issue(1, new Reference("01", "TB-UBND", LocalDate.of(2026, 11, 23)), SomeDocuments.FILE,
                    "vanthu", now);
            case RECALL -> d.recall("Sai sót", "lanhdao", now);
        };
    }

    private static Map<String, String> expected() {
        return ActionTable.parse(RULES, SITUATIONS);
    }

    private static String cell(DocumentAction.Verdict verdict) {
        return ActionTable.cell(verdict);
    }

    private static Document document(String situation) {
        DocumentStatus status = DocumentStatus.valueOf(situation.substring(situation.indexOf('/') + 1));
        return situation.startsWith("IN/") ? SomeDocuments.incoming(status, 5L) : SomeDocuments.outgoing(status);
    }

    private static void person(String name, XasoUser user, String... parts) {
        PEOPLE.put(name, new Person(user, Set.of(parts)));
    }
}
