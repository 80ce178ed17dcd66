package vn.xaso.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.xaso.Api;
import vn.xaso.PdfTools;
import vn.xaso.TestClock;
import vn.xaso.XasoTest;
import vn.xaso.organization.Official;
import vn.xaso.organization.Organization;

/** Work files from the yearly list to the archive, the alerts and destruction proposals, and hand-over. */
@XasoTest
class ArchiveTests {

    @LocalServerPort
    int port;
    @Autowired
    TestClock clock;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Organization organization;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    Api api() {
        return new Api(port);
    }

    long registeredDocument(String clerk) {
        return api().post("/api/v1/documents/incoming", clerk, """
                {"sender": {"name": "Sở Nội vụ"}, "codeNumber": "9", "codeNotation": "SNV-VP", "issuedDate": "2026-11-02",
                 "typeName": "Công văn", "subject": "Về việc lập danh mục hồ sơ năm 2027"}""").json().get("id").asLong();
    }

    @Test
    void aFileIsListedFilledClosedAndTransferredThenNeverChanges() {
        Api.Response created = api().post("/api/v1/archive/files", "vanthu.binhan", """
                {"code": "01.vp", "title": "Hồ sơ về công tác văn thư, lưu trữ năm 2026", "year": 2026, "retentionYears": 10}""");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().get("file").get("id").asLong();
        assertThat(created.json().get("file").get("code").asString()).isEqualTo("01.VP");
        assertThat(api().post("/api/v1/archive/files", "vanthu.binhan",
                "{\"code\": \"01.VP\", \"title\": \"Trùng\", \"year\": 2026, \"retentionYears\": 10}").status()).isEqualTo(409);
        assertThat(api().post("/api/v1/archive/files", "vanthu.binhan",
                "{\"code\": \"02.VP\", \"title\": \"X\", \"year\": 2026}").json().get("field").asString()).isEqualTo("retentionYears");
        assertThat(api().post("/api/v1/archive/files", "motcua.binhan",
                "{\"code\": \"03.VP\", \"title\": \"X\", \"retentionYears\": 5}").status()).as("the clerk keeps the list").isEqualTo(403);

        long document = registeredDocument("vanthu.binhan");
        assertThat(api().post("/api/v1/archive/files/" + id + "/items", "vanthu.binhan",
                "{\"kind\": \"DOCUMENT\", \"ref\": \"" + document + "\"}").status()).isEqualTo(201);
        long foreign = registeredDocument("vanthu.thientruong");
        assertThat(api().post("/api/v1/archive/files/" + id + "/items", "vanthu.binhan",
                "{\"kind\": \"DOCUMENT\", \"ref\": \"" + foreign + "\"}").status()).as("another commune's document").isEqualTo(404);
        assertThat(api().get("/api/v1/archive/files/" + id, "vanthu.thientruong").status()).isEqualTo(404);

        JsonNode closed = api().post("/api/v1/archive/files/" + id + "/close", "vanthu.binhan", "{}").json();
        assertThat(closed.get("file").get("status").asString()).isEqualTo("CLOSED");
        String due = closed.get("file").get("transferDue").asString();
        assertThat(api().get("/api/v1/archive/alerts", "vanthu.binhan").body()).doesNotContain("\"id\":" + id + ",");
        clock.advance(Duration.ofDays(340));
        assertThat(api().get("/api/v1/archive/alerts", "vanthu.binhan").body()).as("30 days before " + due).contains("\"id\":" + id + ",");

        assertThat(api().post("/api/v1/archive/files/" + id + "/transfer", "vanthu.binhan", "{}").json().get("file").get("status")
                .asString()).isEqualTo("TRANSFERRED");
        assertThat(api().put("/api/v1/archive/files/" + id, "vanthu.binhan", "{\"title\": \"Sửa\"}").status()).isEqualTo(409);
        assertThat(api().post("/api/v1/archive/files/" + id + "/items", "vanthu.binhan",
                "{\"kind\": \"DOCUMENT\", \"ref\": \"" + registeredDocument("vanthu.binhan") + "\"}").status()).isEqualTo(409);
        assertThat(api().delete("/api/v1/archive/files/" + id + "/items/DOCUMENT/" + document, "vanthu.binhan").status()).isEqualTo(409);
        assertThat(api().post("/api/v1/documents/" + document + "/actions/assign", "lanhdao.binhan",
                "{\"mainHandler\": \"chuyenvien.binhan\"}").status()).as("an archived document is frozen").isEqualTo(409);
        assertThatThrownBy(() -> jdbc.sql("update work_file set title = 'x' where id = ?").param(id).update())
                .as("the database refuses too").hasMessageContaining("archive");
    }

    @Test
    void shortRetentionStaysWithTheUnitAndExpiresIntoADestructionProposal() {
        long id = api().post("/api/v1/archive/files", "vanthu.binhan", """
                {"code": "09.TD", "title": "Sổ theo dõi khách đến làm việc 2026", "year": 2026, "retentionYears": 2}""")
                .json().get("file").get("id").asLong();
        api().post("/api/v1/archive/files/" + id + "/close", "vanthu.binhan", "{}");
        assertThat(api().post("/api/v1/archive/files/" + id + "/transfer", "vanthu.binhan", "{}").status()).isEqualTo(409);
        assertThat(api().get("/api/v1/archive/destruction-proposal", "vanthu.binhan").body()).doesNotContain("\"id\":" + id + ",");
        assertThat(api().get("/api/v1/archive/destruction-proposal?asOf=2031-01-01", "vanthu.binhan").body())
                .contains("\"id\":" + id + ",");
        assertThat(api().get("/api/v1/archive/files/" + id, "vanthu.binhan").status()).as("nothing is deleted").isEqualTo(200);
    }

    @Test
    void handOverGivesAllOpenWorkToTheSuccessorWithASealedRecord() throws Exception {
        List<Official> staff = organization.officials("H40.03", null, null, 10);
        String clerk = username(staff, "vanthu."), leader = username(staff, "lanhdao."), leaving = username(staff, "chuyenvien.");
        String successor = username(staff, "motcua.");
        long document = registeredDocument(clerk);
        api().post("/api/v1/documents/" + document + "/actions/assign", leader, "{\"mainHandler\": \"" + leaving + "\"}");
        api().post("/api/v1/archive/files", clerk, """
                {"code": "05.KT", "title": "Hồ sơ ngân sách 2026", "year": 2026, "retentionYears": 20, "keeper": "%s"}""".formatted(leaving));

        assertThat(api().post("/api/v1/hand-overs", leader, "{\"from\": \"" + leaving + "\", \"to\": \"" + successor + "\"}").status())
                .as("administrators only").isEqualTo(403);
        Api.Response done = api().post("/api/v1/hand-overs", "admin", """
                {"from": "%s", "to": "%s", "note": "Chuyển công tác"}""".formatted(leaving, successor));
        assertThat(done.status()).as(done.body()).isEqualTo(201);
        assertThat(done.json().get("tasks").asInt()).isPositive();
        assertThat(done.json().get("documents").asInt()).isPositive();
        assertThat(done.json().get("files").asInt()).isEqualTo(1);

        assertThat(api().get("/api/v1/inbox?kind=DOCUMENT", successor).body()).contains("\"ref\":\"" + document + "\"");
        assertThat(api().get("/api/v1/inbox?kind=DOCUMENT", leaving).body()).doesNotContain("\"ref\":\"" + document + "\"");
        assertThat(api().get("/api/v1/documents/" + document + "/actions", successor).body()).contains("complete");
        byte[] record = api().bytes("/api/v1/files/" + done.json().get("recordFileId").asString(), "admin");
        assertThat(PdfTools.text(record)).contains("BIÊN BẢN BÀN GIAO CÔNG VIỆC", "Chuyển công tác", "05.KT");
    }

    @Test
    void aUnitAdministratorHandsOverOnlyBetweenTheirOwnOfficialsAndEachSignsTheRecordWithTheirOwnConfirmation()
            throws Exception {
        String admin = "quantri.h4004", password = "Quan-tri-2026";
        Api.Response created = api().post("/api/v1/officials", "admin", """
                {"username": "%s", "fullName": "Đỗ Quản Trị", "unitCode": "H40.04", "roles": ["UNIT_ADMIN"], "password": "%s"}"""
                .formatted(admin, password));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        List<Official> mine = organization.officials("H40.04", null, null, 10);
        List<Official> theirs = organization.officials("H40.05", null, null, 10);
        String other = username(theirs, "chuyenvien."), leaving = username(mine, "chuyenvien."), successor = username(mine, "motcua.");

        Api.Response foreign = api().post("/api/v1/hand-overs", admin, password, """
                {"from": "%s", "to": "%s"}""".formatted(other, successor));
        assertThat(foreign.status()).as("another unit's official: " + foreign.body()).isEqualTo(403);
        Api.Response outward = api().post("/api/v1/hand-overs", admin, password, """
                {"from": "%s", "to": "%s"}""".formatted(leaving, other));
        assertThat(outward.status()).as("to another unit's official: " + outward.body()).isEqualTo(403);

        // the one handing over has a signing PIN: nothing is signed in their name without it
        assertThat(api().put("/api/v1/signing/me/pin", leaving, "{\"pin\": \"246810\"}").status()).isEqualTo(200);
        Api.Response done = api().post("/api/v1/hand-overs", admin, password, """
                {"from": "%s", "to": "%s"}""".formatted(leaving, successor));
        assertThat(done.status()).as(done.body()).isEqualTo(201);
        long id = done.json().get("id").asLong();
        assertThat(done.json().get("status").asString()).isEqualTo("PENDING");
        assertThat(signers(done)).as("nobody signed yet").isEmpty();
        for (String party : List.of(leaving, successor)) {
            assertThat(api().get("/api/v1/hand-overs", party).body()).contains("\"id\":" + id + ",");
            assertThat(jdbc.sql("select count(*) from official_notice where username = ? and kind = 'SIGNATURE' and href = ?")
                    .params(party, "/hand-overs/" + id).query(Integer.class).single()).as("told: " + party).isEqualTo(1);
        }
        assertThat(api().get("/api/v1/hand-overs/" + id, admin, password).status()).isEqualTo(200);
        assertThat(api().get("/api/v1/hand-overs/" + id, other).status()).as("another unit's official").isEqualTo(404);
        assertThat(api().get("/api/v1/files/" + done.json().get("recordFileId").asString(), other).status()).isEqualTo(404);

        assertThat(api().post("/api/v1/hand-overs/" + id + "/sign", admin, password, "{}").status())
                .as("the administrator signs for nobody still working").isEqualTo(403);
        assertThat(api().post("/api/v1/hand-overs/" + id + "/sign", other, "{}").status())
                .as("a stranger learns nothing of it").isEqualTo(404);
        Api.Response noPin = api().post("/api/v1/hand-overs/" + id + "/sign", leaving, "{}");
        assertThat(noPin.status()).isEqualTo(400);
        assertThat(noPin.json().get("field").asString()).isEqualTo("confirmation");
        assertThat(api().post("/api/v1/hand-overs/" + id + "/sign", leaving, "{\"confirmation\": \"111111\"}").status())
                .as("a wrong PIN").isEqualTo(400);
        Api.Response giverSigned = api().post("/api/v1/hand-overs/" + id + "/sign", leaving, "{\"confirmation\": \"246810\"}");
        assertThat(giverSigned.status()).as(giverSigned.body()).isEqualTo(200);
        assertThat(giverSigned.json().get("status").asString()).isEqualTo("PENDING");
        String giver = fullName(mine, leaving), taker = fullName(mine, successor);
        assertThat(signers(giverSigned)).singleElement().asString().contains(giver);
        assertThat(api().post("/api/v1/hand-overs/" + id + "/sign", leaving, "{\"confirmation\": \"246810\"}").status())
                .as("once").isEqualTo(409);

        Api.Response complete = api().post("/api/v1/hand-overs/" + id + "/sign", successor, "{}");
        assertThat(complete.status()).as(complete.body()).isEqualTo(200);
        assertThat(complete.json().get("status").asString()).isEqualTo("SIGNED");
        List<String> signers = signers(complete);
        assertThat(signers).hasSize(3);
        assertThat(signers.get(0)).contains(giver);
        assertThat(signers.get(1)).contains(taker);
        assertThat(PdfTools.text(api().bytes("/api/v1/files/" + complete.json().get("recordFileId").asString(), successor)))
                .contains(giver, taker);
        assertThat(jdbc.sql("select count(*) from official_notice where username = ? and kind = 'SIGNATURE' and href = ?")
                .params(admin, "/hand-overs/" + id).query(Integer.class).single()).as("the administrator is told").isEqualTo(1);
    }

    @Test
    void forAnOfficialWhoHasLeftTheAdministratorSignsInTheirPlaceAndTheAuditSaysSo() throws Exception {
        // the unit's own administrator (the demo's admin is shared with tests that change its signing)
        String admin = newOfficial("H40.08", "Trịnh Quản Trị", true, "UNIT_ADMIN");
        String left = newOfficial("H40.08", "Hà Văn Nghỉ", false, "SPECIALIST");
        String successor = newOfficial("H40.08", "Lý Thị Tiếp", true, "SPECIALIST");
        Api.Response done = api().post("/api/v1/hand-overs", admin, PASSWORD, """
                {"from": "%s", "to": "%s", "note": "Nghỉ hưu"}""".formatted(left, successor));
        assertThat(done.status()).as(done.body()).isEqualTo(201);
        long id = done.json().get("id").asLong();
        assertThat(jdbc.sql("select count(*) from official_notice where username = ? and kind = 'SIGNATURE' and href = ?")
                .params(admin, "/hand-overs/" + id).query(Integer.class).single()).as("asked to sign in their place").isEqualTo(1);

        Api.Response inPlace = api().post("/api/v1/hand-overs/" + id + "/sign", admin, PASSWORD, "{}");
        assertThat(inPlace.status()).as(inPlace.body()).isEqualTo(200);
        assertThat(inPlace.json().get("giverSignedAt").isNull()).isFalse();
        assertThat(api().post("/api/v1/hand-overs/" + id + "/sign", admin, PASSWORD, "{}").status())
                .as("the one still working signs for themselves").isEqualTo(403);
        Api.Response complete = api().post("/api/v1/hand-overs/" + id + "/sign", successor, PASSWORD, "{}");
        assertThat(complete.json().get("status").asString()).isEqualTo("SIGNED");
        assertThat(signers(complete)).hasSize(3);
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql("""
                select count(*) from audit_entry where action = 'archive.hand-over-signed' and subject_id = ?
                  and after_state like ?""").params(String.valueOf(id), "%in place of " + left + "%")
                .query(Integer.class).single() == 1);
    }

    private static final String PASSWORD = "Ban-giao-2026";

    private String newOfficial(String unit, String fullName, boolean active, String role) {
        String username = "bangiao." + unit.toLowerCase().replace(".", "") + "." + System.nanoTime() % 1_000_000;
        Api.Response created = api().post("/api/v1/officials", "admin", """
                {"username": "%s", "fullName": "%s", "unitCode": "%s", "roles": ["%s"], "active": %s, "password": "%s"}"""
                .formatted(username, fullName, unit, role, active, PASSWORD));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return username;
    }

    private List<String> signers(Api.Response handOver) throws Exception {
        byte[] record = api().bytes("/api/v1/files/" + handOver.json().get("recordFileId").asString(), "admin");
        JsonNode signatures = api().upload("/api/v1/signing/verify", "admin", java.util.Map.of(), "file", "record.pdf", record)
                .json().get("signatures");
        List<String> signers = new java.util.ArrayList<>();
        signatures.forEach(s -> signers.add(s.get("signer").asString()));
        return signers;
    }

    private static String fullName(List<Official> staff, String username) {
        return staff.stream().filter(o -> o.username().equals(username)).findFirst().orElseThrow().fullName();
    }

    private static String username(List<Official> staff, String prefix) {
        return staff.stream().map(Official::username).filter(u -> u.startsWith(prefix)).findFirst().orElseThrow();
    }
}
