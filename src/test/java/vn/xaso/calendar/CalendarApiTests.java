package vn.xaso.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.xaso.Api;
import vn.xaso.XasoTest;
import vn.xaso.audit.AuditTrail;

/** {@code /api/v1/calendar}: holidays of a year, the province's and a unit's schedule, due times. */
@XasoTest
class CalendarApiTests {

    @LocalServerPort
    int port;
    @Autowired
    AuditTrail trail;
    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    @Test
    void holidaysOfAYearComeFromTheLawAndTheLunarCalendar() {
        List<JsonNode> days = days("/api/v1/calendar/holidays?year=2030&unit=H40.01", "motcua.binhan");
        // Tết 2030: 1/2 (last day of the year) to 5/2; 2/2 and 3/2 are a weekend → 6/2 and 7/2 off
        assertThat(days).anySatisfy(day -> {
            assertThat(day.get("date").asString()).isEqualTo("2030-02-02");
            assertThat(day.get("kind").asString()).isEqualTo("HOLIDAY");
            assertThat(day.get("name").asString()).contains("Tết Nguyên đán");
        });
        assertThat(dates(days)).contains("2030-01-01", "2030-02-01", "2030-02-05", "2030-02-06", "2030-02-07",
                "2030-04-30", "2030-05-01", "2030-09-02");
        assertThat(kind(days, "2030-02-06")).isEqualTo("DAY_OFF");
    }

    @Test
    void dueFollowsTheContractExample() {
        Api.Response due = api.post("/api/v1/calendar/due", "motcua.binhan", """
                {"unit": "H40.01", "from": "2026-11-27T16:30:00+07:00", "workingDays": 1}""");
        assertThat(due.status()).as(due.body()).isEqualTo(200);
        assertThat(due.json().get("due").asString()).isEqualTo("2026-11-30T16:30:00+07:00");

        assertThat(due("{\"unit\": \"H40.01\", \"from\": \"2026-11-23T14:00:00+07:00\", \"sameDay\": true}"))
                .isEqualTo("2026-11-23T17:00:00+07:00");
        assertThat(due("{\"unit\": \"H40.01\", \"from\": \"2026-11-23T15:30:00+07:00\", \"sameDay\": true}"))
                .isEqualTo("2026-11-24T17:00:00+07:00");
        assertThat(due("{\"unit\": \"H40.01\", \"from\": \"2026-11-23T04:00:00Z\", \"workingHours\": 2}"))
                .as("11:00 local + 2h").isEqualTo("2026-11-23T15:00:00+07:00");
        assertThat(due("{\"from\": \"2026-11-27T16:30:00+07:00\", \"workingDays\": 3}"))
                .as("the caller's own unit by default").isEqualTo("2026-12-02T16:30:00+07:00");
    }

    @Test
    void dueRejectsBadInputByName() {
        assertField(api.post("/api/v1/calendar/due", "motcua.binhan",
                "{\"unit\": \"H40.01\", \"from\": \"2026-11-27T16:30:00+07:00\", \"workingDays\": 1, \"sameDay\": true}"), "workingDays");
        assertField(api.post("/api/v1/calendar/due", "motcua.binhan",
                "{\"unit\": \"H40.01\", \"workingDays\": 1}"), "from");
        assertField(api.post("/api/v1/calendar/due", "motcua.binhan",
                "{\"unit\": \"H40.01\", \"from\": \"yesterday\", \"workingDays\": 1}"), "from");
        assertField(api.post("/api/v1/calendar/due", "motcua.binhan",
                "{\"unit\": \"H40.999\", \"from\": \"2026-11-27T16:30:00+07:00\", \"workingDays\": 1}"), "unit");
        assertField(api.post("/api/v1/calendar/due", "motcua.binhan",
                "{\"unit\": \"H40.01\", \"from\": \"2026-11-27T16:30:00+07:00\", \"workingDays\": -1}"), "workingDays");
        assertField(api.get("/api/v1/calendar/holidays?year=3000", "motcua.binhan"), "year");
        assertField(api.get("/api/v1/calendar/holidays", "motcua.binhan"), "year");
    }

    @Test
    void theProvinceSchedulesASwappedSaturdayAndAnExtraDayOff() {
        // like Tết 2031: an extra day off on Friday 31/1/2031, worked back on Saturday 8/2/2031
        put("2031-01-31", "{\"kind\": \"DAY_OFF\", \"name\": \"Nghỉ bù Tết (làm bù 08/02)\"}", "admin", 200);
        put("2031-02-08", "{\"kind\": \"WORKING_DAY\", \"name\": \"Làm bù cho ngày 31/01\"}", "admin", 200);

        List<JsonNode> days = days("/api/v1/calendar/holidays?year=2031&unit=H40.02", "motcua.thientruong");
        assertThat(kind(days, "2031-01-31")).isEqualTo("DAY_OFF");
        assertThat(kind(days, "2031-02-08")).isEqualTo("WORKING_DAY");
        assertThat(due("{\"unit\": \"H40.02\", \"from\": \"2031-02-07T16:00:00+07:00\", \"workingHours\": 2}"))
                .as("the worked Saturday counts").isEqualTo("2031-02-08T08:00:00+07:00");

        await().atMost(Duration.ofSeconds(10)).until(() -> trail.about("calendar-day", "H40/2031-02-08").size() == 1);

        assertThat(api.delete("/api/v1/calendar/days/2031-02-08", "admin").status()).isEqualTo(204);
        assertThat(kind(days("/api/v1/calendar/holidays?year=2031&unit=H40.02", "admin"), "2031-02-08")).isNull();
        assertThat(api.delete("/api/v1/calendar/days/2031-02-08", "admin").status()).isEqualTo(404);
    }

    @Test
    void aUnitOverridesItsProvince() {
        put("2032-03-06", "{\"kind\": \"DAY_OFF\", \"name\": \"Nghỉ lễ hội địa phương\", \"unit\": \"H40.01\"}", "admin", 200);
        assertThat(kind(days("/api/v1/calendar/holidays?year=2032&unit=H40.01", "motcua.binhan"), "2032-03-06"))
                .as("a Saturday off is listed as entered").isEqualTo("DAY_OFF");
        put("2032-03-05", "{\"kind\": \"DAY_OFF\", \"name\": \"Nghỉ lễ hội địa phương\", \"unit\": \"H40.01\"}", "admin", 200);
        assertThat(kind(days("/api/v1/calendar/holidays?year=2032&unit=H40.01", "motcua.binhan"), "2032-03-05")).isEqualTo("DAY_OFF");
        assertThat(kind(days("/api/v1/calendar/holidays?year=2032&unit=H40.02", "motcua.thientruong"), "2032-03-05"))
                .as("the other commune works").isNull();
    }

    @Test
    void onlyAdministratorsChangeTheSchedule() {
        put("2033-05-05", "{\"kind\": \"DAY_OFF\", \"name\": \"x\"}", "lanhdao.binhan", 403);
        put("2033-05-05", "{\"kind\": \"NAP\", \"name\": \"x\"}", "admin", 400);
        put("2033-05-05", "{\"kind\": \"DAY_OFF\"}", "admin", 400);
        put("2033-05-05", "{\"kind\": \"DAY_OFF\", \"name\": \"x\", \"unit\": \"H40.999\"}", "admin", 400);
    }

    @Test
    void officeHoursCanBeChangedPerUnit() {
        JsonNode hours = api.get("/api/v1/calendar/office-hours?unit=H40.02", "motcua.thientruong").json();
        assertThat(hours.get("morningStart").asString()).isEqualTo("07:00:00");
        Api.Response changed = api.put("/api/v1/calendar/office-hours?unit=H40.129", "admin", """
                {"morningStart": "07:30", "morningEnd": "11:30", "afternoonStart": "13:00", "afternoonEnd": "17:00",
                 "sameDayCutoff": "15:30", "saturdayReception": true}""");
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(due("{\"unit\": \"H40.129\", \"from\": \"2026-11-23T07:00:00+07:00\", \"workingHours\": 1}"))
                .isEqualTo("2026-11-23T08:30:00+07:00");
        Api.Response backwards = api.put("/api/v1/calendar/office-hours?unit=H40.129", "admin", """
                {"morningStart": "11:30", "morningEnd": "07:30", "afternoonStart": "13:00", "afternoonEnd": "17:00",
                 "sameDayCutoff": "15:30", "saturdayReception": false}""");
        assertThat(backwards.status()).isEqualTo(400);
    }

    @Test
    void officeHoursThatDoNotMakeEightHoursAreRefused() {
        Api.Response short7h30 = api.put("/api/v1/calendar/office-hours?unit=H40.127", "admin", """
                {"morningStart": "07:30", "morningEnd": "11:30", "afternoonStart": "13:30", "afternoonEnd": "17:00",
                 "sameDayCutoff": "15:00", "saturdayReception": false}""");
        assertThat(short7h30.status()).as(short7h30.body()).isEqualTo(400);
        assertThat(short7h30.json().get("field").asString()).isEqualTo("afternoonEnd");
        assertThat(short7h30.json().get("code").asString()).isEqualTo("calendar.hours.eight");
        assertThat(short7h30.json().get("detail").asString()).contains("7.5");
        assertThat(due("{\"unit\": \"H40.127\", \"from\": \"2026-11-23T08:00:00+07:00\", \"workingDays\": 10}"))
                .as("10 working days end on the 10th working day at the same time").isEqualTo("2026-12-07T08:00:00+07:00");
    }

    @Test
    void aUnitKeepsSummerAndWinterHours() {
        Api.Response winter = api.put("/api/v1/calendar/office-hours?unit=H40.126", "admin", """
                {"seasonStart": "10-15", "morningStart": "07:30", "morningEnd": "11:30", "afternoonStart": "13:00",
                 "afternoonEnd": "17:00", "sameDayCutoff": "15:00", "saturdayReception": false}""");
        assertThat(winter.status()).as(winter.body()).isEqualTo(200);
        assertThat(due("{\"unit\": \"H40.126\", \"from\": \"2026-11-23T07:00:00+07:00\", \"workingHours\": 1}"))
                .as("winter: the morning starts at 07:30").isEqualTo("2026-11-23T08:30:00+07:00");
        assertThat(due("{\"unit\": \"H40.126\", \"from\": \"2026-06-01T07:00:00+07:00\", \"workingHours\": 1}"))
                .as("summer: the province's hours from 1 January").isEqualTo("2026-06-01T08:00:00+07:00");
        assertThat(due("{\"unit\": \"H40.126\", \"from\": \"2026-10-14T16:30:00+07:00\", \"workingHours\": 1}"))
                .as("across the change of season").isEqualTo("2026-10-15T08:00:00+07:00");
        JsonNode hours = api.get("/api/v1/calendar/office-hours?unit=H40.126&date=2026-12-01", "admin").json();
        assertThat(hours.get("seasonStart").asString()).isEqualTo("10-15");
        assertThat(hours.get("morningStart").asString()).isEqualTo("07:30:00");
        assertThat(hours.get("seasons").size()).isEqualTo(2);
        assertThat(api.delete("/api/v1/calendar/office-hours/seasons/10-15?unit=H40.126", "admin").status()).isEqualTo(204);
        assertThat(due("{\"unit\": \"H40.126\", \"from\": \"2026-11-23T07:00:00+07:00\", \"workingHours\": 1}"))
                .isEqualTo("2026-11-23T08:00:00+07:00");
    }

    @Test
    void elapsedTimeAndTimelinessWithPauses() {
        JsonNode elapsed = api.post("/api/v1/calendar/elapsed", "motcua.binhan", """
                {"unit": "H40.01", "from": "2026-11-23T07:00:00+07:00", "to": "2026-11-26T11:00:00+07:00",
                 "due": "2026-11-25T10:00:00+07:00",
                 "pauses": [{"start": "2026-11-23T09:00:00+07:00", "end": "2026-11-24T09:00:00+07:00"}]}""").json();
        assertThat(elapsed.get("workingMinutes").asLong()).isEqualTo((24 + 4 - 8) * 60);
        assertThat(elapsed.get("due").asString()).isEqualTo("2026-11-26T10:00:00+07:00");
        assertThat(elapsed.get("timeliness").asString()).isEqualTo("LATE");
    }

    private String due(String body) {
        Api.Response response = api.post("/api/v1/calendar/due", "motcua.binhan", body);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().get("due").asString();
    }

    private void put(String date, String body, String user, int status) {
        Api.Response response = api.put("/api/v1/calendar/days/" + date, user, body);
        assertThat(response.status()).as(response.body()).isEqualTo(status);
    }

    private List<JsonNode> days(String path, String user) {
        Api.Response response = api.get(path, user);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        List<JsonNode> days = new ArrayList<>();
        response.json().forEach(days::add);
        return days;
    }

    private static List<String> dates(List<JsonNode> days) {
        return days.stream().map(day -> day.get("date").asString()).toList();
    }

    private static String kind(List<JsonNode> days, String date) {
        return days.stream().filter(day -> day.get("date").asString().equals(date))
                .map(day -> day.get("kind").asString()).findFirst().orElse(null);
    }

    private static void assertField(Api.Response response, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.json().get("field").asString()).isEqualTo(field);
    }
}
