package vn.xaso.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.xaso.Api;
import vn.xaso.PdfTools;
import vn.xaso.TestClock;
import vn.xaso.XasoTest;

/**
 * Biểu 06 of a scripted quarter (Q1 2028 in Xã H40.60) whose every outcome is known: early, on time on the due day,
 * late, late by a second supplement request, stopped while waiting, refused, withdrawn, transferred, open within
 * time and overdue at the quarter's end, carried over from the quarter before; and what must not count.
 */
@XasoTest
class ReportsTests {

    private static final String UNIT = "H40.60";
    private static final String Q1 = "unit=" + UNIT + "&from=2028-01-01&to=2028-03-31";

    @LocalServerPort
    int port;
    @Autowired
    TestClock clock;

    Api api;
    String counter;
    String leader;
    String specialist;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        counter = official("motcua");
        leader = official("lanhdao");
        specialist = official("chuyenvien");
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aScriptedQuarterGivesExactCells() throws Exception {
        script();
        JsonNode report = get("/api/v1/reports/form-06?" + Q1, "theodoi");
        assertThat(report.get("unit").asString()).isEqualTo(UNIT);
        // the dossier withdrawn in the quarter is neither resolved nor pending: beside the form, not in its blocks
        assertCells(report.get("total"), 1, 9, 1, 5, 1, 3, 1, 1, 1);
        assertCells(row(report, "Hộ tịch"), 0, 8, 1, 3, 1, 3, 1, 1, 1);
        JsonNode sums = report.get("total");
        assertThat(sums.get("received").get("total").asLong()).isEqualTo(11)
                .isEqualTo(sums.get("resolved").get("total").asLong() + sums.get("pending").get("total").asLong());
        assertThat(sums.get("resolved").get("total").asLong()).isEqualTo(5 + 1 + 3);
        assertCells(row(report, "Đất đai"), 0, 1, 0, 1, 0, 0, 0, 0, 0);
        assertCells(row(report, "Cư trú"), 1, 0, 0, 1, 0, 0, 0, 0, 0);

        // the drill-down says why a dossier finished early counts as late, and that pending means pending at the end
        vn.xaso.WebSession web = new vn.xaso.WebSession(port);
        web.login(leader, "demo");
        String late = org.springframework.web.util.HtmlUtils.htmlUnescape(web.get("/reports/dossiers?unit=" + UNIT
                + "&from=2028-01-01&to=2028-03-31&cell=late").body());
        assertThat(late).contains("Quá hạn (yêu cầu bổ sung quá một lần)");
        String pending = org.springframework.web.util.HtmlUtils.htmlUnescape(web.get("/reports/dossiers?unit=" + UNIT
                + "&from=2028-01-01&to=2028-03-31&cell=pending").body());
        assertThat(pending).contains("Đang giải quyết tại cuối kỳ").doesNotContain(">Quá hạn<");

        JsonNode byProcedure = get("/api/v1/reports/form-06?" + Q1 + "&groupBy=procedure", leader);
        assertCells(byProcedure.get("total"), 1, 9, 1, 5, 1, 3, 1, 1, 1);
        assertThat(row(byProcedure, "HN-01").get("name").asString()).isEqualTo("Xác nhận tình trạng hôn nhân");

        JsonNode province = get("/api/v1/reports/form-06?unit=H40&from=2028-01-01&to=2028-03-31&groupBy=unit", "theodoi");
        assertCells(row(province, UNIT), 1, 9, 1, 5, 1, 3, 1, 1, 1);

        JsonNode march = get("/api/v1/reports/form-06?unit=" + UNIT + "&from=2028-03-01&to=2028-03-31", leader);
        assertThat(march.get("total").get("received").get("carriedOver").asLong())
                .as("the dossier carried into January and finished then is not carried into March").isZero();
        assertThat(march.get("total").get("resolved").get("late").asLong()).isEqualTo(2);

        JsonNode index = get("/api/v1/reports/index-766?" + Q1, leader);
        JsonNode progress = index.get("groups").get(1).get("indicators").get(0);
        assertThat(progress.get("code").asString()).isEqualTo("2.1");
        assertThat(progress.get("numerator").asLong()).as("5 early, 1 on time, 1 pending within time").isEqualTo(7);
        assertThat(progress.get("denominator").asLong()).as("11 received (the withdrawn one is apart)").isEqualTo(11);
        assertThat(progress.get("score").asDouble()).isEqualTo(12.73);
        assertThat(index.get("max").asInt()).isEqualTo(100);
        assertThat(index.get("groups").get(0).get("name").asString()).isEqualTo("Công khai, minh bạch");

        JsonNode ranking = get("/api/v1/reports/ranking?from=2028-01-01&to=2028-03-31", leader);
        assertThat(ranking.size()).as("every commune and ward of the province").isGreaterThanOrEqualTo(129);
        JsonNode mine = null;
        for (int i = 0; i < ranking.size(); i++) {
            if (i > 0) {
                assertThat(ranking.get(i).get("score").asDouble()).isLessThanOrEqualTo(ranking.get(i - 1).get("score").asDouble());
            }
            if (ranking.get(i).get("unitCode").asString().equals(UNIT)) {
                mine = ranking.get(i);
            }
        }
        assertThat(mine).isNotNull();
        assertThat(mine.get("received").asLong()).as("less the withdrawn one").isEqualTo(11);
        assertThat(mine.get("score").asDouble()).isEqualTo(index.get("score").asDouble());
        for (int g = 0; g < 5; g++) {
            assertThat(mine.get("groups").get(g).get("code").asString()).isEqualTo(index.get("groups").get(g).get("code").asString());
            assertThat(mine.get("groups").get(g).get("score").asDouble()).as("each group's score, as in the index")
                    .isEqualTo(index.get("groups").get(g).get("score").asDouble());
        }

        String paper = PdfTools.text(api.bytes("/api/v1/reports/form-06?" + Q1 + "&format=pdf", leader));
        assertThat(paper).contains("TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH", "từ ngày 01/01/2028 đến ngày 31/03/2028",
                "Hộ tịch", "Tổng cộng", "THỦ TRƯỞNG ĐƠN VỊ");
        // the column numbers start under STT and the name (before the fix they began under STT: two columns off)
        String layout = PdfTools.layout(api.bytes("/api/v1/reports/form-06?" + Q1 + "&format=pdf", leader));
        String numbers = layout.lines().filter(line -> line.strip().startsWith("(1)")).findFirst().orElseThrow();
        String heads = layout.lines().filter(line -> line.strip().startsWith("STT")).findFirst().orElseThrow();
        assertThat(numbers.strip()).matches("\\(1\\)\\s+\\(2\\)\\s+\\(4\\)\\s+\\(5\\)\\s+\\(6\\).*\\(13\\)");
        assertThat(Math.abs(numbers.indexOf("(2)") - heads.indexOf("Lĩnh vực"))).as("(2) under the name's column").isLessThan(12);
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(api.bytes("/api/v1/reports/form-06?" + Q1 + "&format=xlsx",
                leader)))) {
            var sheet = book.getSheetAt(0);
            var total = sheet.getRow(sheet.getLastRowNum() - 1);
            assertThat(total.getCell(1).getStringCellValue()).isEqualTo("Tổng cộng");
            assertThat(total.getCell(2).getNumericCellValue()).as("received").isEqualTo(11);
            assertThat(sheet.getRow(sheet.getLastRowNum()).getCell(1).getStringCellValue()).as("the withdrawn, beside the form")
                    .contains("1 hồ sơ người nộp rút trong kỳ");
            assertThat(total.getCell(9).getNumericCellValue()).as("late").isEqualTo(3);
        }
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(api.bytes(
                "/api/v1/reports/ranking?from=2028-01-01&to=2028-03-31&format=xlsx", leader)))) {
            assertThat(book.getSheetAt(0).getLastRowNum()).isGreaterThanOrEqualTo(4 + 129);
        }

        JsonNode overdue = get("/api/v1/reports/overdue?unit=" + UNIT, leader);
        assertThat(overdue).as("on 30/06 the three dossiers still open are all past due").hasSize(3);
        assertThat(overdue.get(0).get("dueAt").asString()).as("worst first").isEqualTo("2028-03-24T08:00:00+07:00");
    }

    @Test
    void officialsSeeTheirOwnUnitOnlyAndBadPeriodsAreRefused() {
        assertThat(api.get("/api/v1/reports/form-06?unit=H40.01&from=2028-01-01&to=2028-03-31", leader).status())
                .isEqualTo(403);
        assertThat(api.get("/api/v1/reports/form-06?from=2028-01-01&to=2028-03-31", leader).status()).isEqualTo(200);
        Api.Response backwards = api.get("/api/v1/reports/form-06?" + "unit=" + UNIT + "&from=2028-03-31&to=2028-01-01", leader);
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.json().get("field").asString()).isEqualTo("to");
        assertThat(api.get("/api/v1/reports/form-06?" + Q1 + "&groupBy=color", leader).json().get("field").asString())
                .isEqualTo("groupBy");
        assertThat(api.get("/api/v1/reports/form-06?" + Q1, "congdan").status()).isEqualTo(403);
    }

    /** Every case of the quarter, in the order the days come. */
    private void script() {
        at("2027-12-20T08:00");
        String finishedBefore = receive("HN-01");
        at("2027-12-21T09:00");
        done(finishedBefore);

        at("2027-12-27T08:00");
        String carriedOver = receive("HN-01");

        at("2028-01-10T09:00");
        done(carriedOver);

        at("2028-03-07T08:00");
        String early = receive("HN-01");
        String onTime = receive("HN-01");
        String late = receive("HN-01");
        String twoRequests = receive("HN-01");
        String stoppedWhileWaiting = receive("HN-01");
        String refused = receive("HN-01");
        String withdrawn = receive("HN-01");
        String transferred = receive("DD-01");
        String online = submitOnline("TT-01");
        act(counter, online, "accept", "{}");
        String refusedAtIntake = submitOnline("TT-01");
        act(counter, refusedAtIntake, "refuse", "{\"reason\": \"Không thuộc địa bàn\"}");

        at("2028-03-07T09:00");
        act(counter, twoRequests, "request-supplement", "{\"reason\": \"Thiếu\", \"missing\": [\"Tờ khai\"]}");
        act(counter, twoRequests, "supplement", "{}");
        act(counter, twoRequests, "request-supplement", "{\"reason\": \"Thiếu nữa\", \"missing\": [\"Tờ khai\"]}");
        act(counter, twoRequests, "supplement", "{}");
        act(leader, stoppedWhileWaiting, "assign", assignee());
        act(specialist, stoppedWhileWaiting, "request-supplement", "{\"reason\": \"Thiếu\", \"missing\": [\"Tờ khai\"]}");
        act(leader, transferred, "assign", assignee());
        act(leader, transferred, "transfer", "{\"reason\": \"Liên thông\", \"toUnit\": \"H40.61\", \"workingDays\": 5}");

        at("2028-03-07T10:00");
        done(early);
        done(twoRequests);
        done(online);

        at("2028-03-08T09:00");
        act(leader, refused, "refuse", "{\"reason\": \"Không đủ điều kiện\"}");
        act(counter, withdrawn, "withdraw", "{\"reason\": \"Người dân rút hồ sơ\"}");
        act(official("H40.61", "lanhdao"), transferred, "approve", "{}");

        JsonNode due = get("/api/v1/dossiers/" + onTime, counter).get("dueAt");
        clock.set(OffsetDateTime.parse(due.asString()).minusMinutes(1).toLocalDateTime().toString());
        done(onTime);

        at("2028-03-14T09:00");
        done(late);

        at("2028-03-21T08:00");
        act(leader, stoppedWhileWaiting, "stop", "{\"reason\": \"Người dân không bổ sung\"}");
        receive("HN-01"); // overdue at the quarter's end

        at("2028-03-29T08:00");
        receive("HN-01"); // within time at the quarter's end

        at("2028-04-06T08:00");
        receive("HN-01"); // after the quarter
        clock.set("2028-06-30T17:00");
    }

    private void at(String localDateTime) {
        clock.set(LocalDateTime.parse(localDateTime).toString());
    }

    private String receive(String procedure) {
        Api.Response response = api.post("/api/v1/dossiers", counter, """
                {"procedureCode": "%s", "unitCode": "%s", "channel": "COUNTER",
                 "applicant": {"fullName": "Phạm Thị Quý", "idNumber": "037190006060"}}""".formatted(procedure, UNIT));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        assertThat(response.json().get("status").asString()).isEqualTo("RECEIVED");
        return response.json().get("code").asString();
    }

    private String submitOnline(String procedure) {
        Api.Response response = api.post("/api/v1/dossiers", "congdan", """
                {"procedureCode": "%s", "unitCode": "%s", "channel": "ONLINE",
                 "applicant": {"fullName": "Nguyễn Văn An", "idNumber": "037095000001"}}""".formatted(procedure, UNIT));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("code").asString();
    }

    private void done(String code) {
        act(leader, code, "assign", assignee());
        act(specialist, code, "propose", "{\"summary\": \"Đủ điều kiện\"}");
        act(leader, code, "approve", "{}");
    }

    private String assignee() {
        return "{\"assignee\": \"" + specialist + "\"}";
    }

    private void act(String user, String code, String action, String body) {
        Api.Response response = api.post("/api/v1/dossiers/" + code + "/actions/" + action, user, body);
        assertThat(response.status()).as(action + " " + code + ": " + response.body()).isEqualTo(200);
    }

    private JsonNode get(String path, String user) {
        Api.Response response = api.get(path, user);
        assertThat(response.status()).as(path + ": " + response.body()).isEqualTo(200);
        return response.json();
    }

    private String official(String role) {
        return official(UNIT, role);
    }

    private String official(String unit, String role) {
        return get("/api/v1/officials?unit=" + unit + "&q=" + role, "admin").get("items").get(0).get("username").asString();
    }

    private static JsonNode row(JsonNode report, String key) {
        for (JsonNode row : report.get("rows")) {
            if (row.get("key").asString().equals(key)) {
                return row;
            }
        }
        throw new AssertionError("no row " + key + " in " + report);
    }

    /** Received online, direct, carried over; resolved early, on time, late, withdrawn; pending within, overdue. */
    private static void assertCells(JsonNode f, long online, long direct, long carried, long early, long onTime, long late,
            long withdrawn, long within, long overdue) {
        JsonNode received = f.get("received");
        JsonNode resolved = f.get("resolved");
        JsonNode pending = f.get("pending");
        assertThat(new long[] {received.get("online").asLong(), received.get("direct").asLong(),
                received.get("carriedOver").asLong(), resolved.get("early").asLong(), resolved.get("onTime").asLong(),
                resolved.get("late").asLong(), f.get("withdrawn").asLong(), pending.get("withinTime").asLong(),
                pending.get("overdue").asLong()}).as(f.toString())
                .containsExactly(online, direct, carried, early, onTime, late, withdrawn, within, overdue);
        assertThat(received.get("total").asLong()).isEqualTo(resolved.get("total").asLong() + pending.get("total").asLong());
    }
}
