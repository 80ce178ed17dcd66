package vn.xaso.bench;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.xaso.calendar.Calendars;
import vn.xaso.calendar.WorkingCalendar;
import vn.xaso.catalog.Catalog;
import vn.xaso.catalog.Procedure;
import vn.xaso.document.Documents;
import vn.xaso.workflow.Definition;
import vn.xaso.workflow.Step;

/**
 * A realistic province in bulk: the demo's 129 communes with their officials, the demo procedures and more, a year
 * of dossiers (about 80 % online; returned, refused, withdrawn, with supplements, transfers to the province, some
 * late; the recent ones still open in inboxes) with their components, history, workflow instances and tasks, and
 * official documents. Rows go in with PostgreSQL COPY, not through the API; due times come from the real calendar.
 */
final class ProvinceData {

    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter CODE_DAY = DateTimeFormatter.ofPattern("yyMMdd", Locale.ROOT);
    private static final int CHUNK = 20_000;
    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô", "Dương", "Lý"};
    private static final String[] MIDDLE = {"Văn", "Thị", "Đức", "Minh", "Ngọc", "Thu", "Quang", "Hữu", "Thanh", "Xuân"};
    private static final String[] GIVEN = {"An", "Bình", "Chi", "Dũng", "Giang", "Hà", "Hải", "Hoa", "Hùng", "Lan", "Long",
            "Mai", "Nam", "Phong", "Phương", "Quân", "Sơn", "Tâm", "Thảo", "Trang", "Tuấn", "Vân", "Yến"};
    private static final String[] MORE_PROCEDURES = {"Chứng thực bản sao từ bản chính", "Đăng ký kết hôn", "Đăng ký khai tử",
            "Cấp bản sao trích lục hộ tịch", "Xác nhận tình trạng hôn nhân", "Đăng ký thường trú", "Cấp giấy phép xây dựng nhà ở",
            "Hỗ trợ học tập cho trẻ mẫu giáo", "Trợ cấp xã hội hằng tháng", "Đăng ký giám hộ", "Chứng thực chữ ký",
            "Xác nhận hộ gia đình làm nông nghiệp", "Đăng ký lại khai sinh", "Thay đổi, cải chính hộ tịch"};

    private final JdbcTemplate jdbc;
    private final DataSource dataSource;
    private final Calendars calendars;
    private final Catalog catalog;
    private final Random random;

    private record Staff(String unit, String counter, String leader, String specialist, String clerk) {
    }

    /** What a specialist asks to supplement, and why a leader refuses: the guide's figures read them. */
    private static final String[] SUPPLEMENT_ITEMS = {"Bản sao giấy chứng nhận quyền sử dụng đất", "Giấy tờ chứng minh nhân thân",
            "Văn bản ủy quyền có chứng thực", "Tờ khai theo mẫu (ký, ghi rõ họ tên)", "Sơ đồ vị trí thửa đất"};
    private static final String[] REFUSALS = {"Không thuộc thẩm quyền giải quyết của cấp xã", "Hồ sơ không đủ điều kiện theo quy định",
            "Người yêu cầu không có quyền, lợi ích liên quan", "Quá thời hạn đăng ký theo quy định"};

    private record Proc(String code, int version, String name, Definition definition, Procedure.ProcessingTime time,
            String transferTo) {
    }

    /** What was loaded, and how long it took. */
    record Loaded(int dossiers, int documents, long rows, double seconds) {
    }

    ProvinceData(ConfigurableApplicationContext app, long seed) {
        this.jdbc = app.getBean(JdbcTemplate.class);
        this.dataSource = app.getBean(DataSource.class);
        this.calendars = app.getBean(Calendars.class);
        this.catalog = app.getBean(Catalog.class);
        this.random = new Random(seed);
    }

    /** Loads {@code dossiers} dossiers received over the year before {@code now}, and {@code documents} documents. */
    Loaded load(int dossiers, int documents, Instant now) throws Exception {
        long start = System.nanoTime();
        List<Staff> units = staff();
        List<Proc> procedures = procedures(units.get(0).unit());
        long rows = 0;
        try (Connection connection = dataSource.getConnection()) {
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            rows += dossiers(copy, units, procedures, dossiers, now);
            rows += documents(copy, units, documents, now);
        }
        jdbc.execute("analyze");
        return new Loaded(dossiers, documents, rows, (System.nanoTime() - start) / 1e9);
    }

    private List<Staff> staff() {
        Map<String, String[]> byUnit = new HashMap<>();
        jdbc.query("""
                select o.unit_code, o.username, r.role from official o join official_role r on r.username = o.username
                join unit u on u.code = o.unit_code where u.type in ('COMMUNE', 'WARD', 'SPECIAL_ZONE', 'TOWNSHIP') and u.valid_to is null""",
                rs -> {
                    String[] people = byUnit.computeIfAbsent(rs.getString(1), u -> new String[4]);
                    int slot = switch (rs.getString(3)) {
                        case "COUNTER" -> 0;
                        case "LEADER" -> 1;
                        case "SPECIALIST" -> 2;
                        case "CLERK" -> 3;
                        default -> -1;
                    };
                    if (slot >= 0) {
                        people[slot] = rs.getString(2);
                    }
                });
        List<Staff> staff = new ArrayList<>();
        byUnit.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> staff.add(
                new Staff(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2], e.getValue()[3])));
        return staff;
    }

    /** The demo procedures and more (published through the catalog, with their default workflows). */
    private List<Proc> procedures(String anyUnit) {
        Procedure template = catalog.procedure("HKD-01").orElseThrow();
        for (int i = 0; i < MORE_PROCEDURES.length; i++) {
            String code = String.format(Locale.ROOT, "TTHC-%02d", i + 1);
            if (catalog.procedure(code).isEmpty()) {
                catalog.publish(new Procedure(code, 0, null, MORE_PROCEDURES[i], template.field(), template.level(),
                        i % 3 == 0 ? Procedure.ProcessingTime.sameDayOnly() : Procedure.ProcessingTime.days(3 + i % 10),
                        0, i % 2 == 0, template.channels(), "Kết quả " + MORE_PROCEDURES[i].toLowerCase(Locale.ROOT),
                        template.components(), null, null));
            }
        }
        List<Proc> procedures = new ArrayList<>();
        for (Map<String, Object> row : jdbc.queryForList(
                "select distinct on (code) code from procedure order by code, version desc")) {
            Procedure p = catalog.procedure((String) row.get("code")).orElseThrow();
            if (!p.receivable()) {
                continue; // its time is still to confirm: nobody can have received a dossier for it
            }
            procedures.add(new Proc(p.code(), p.version(), p.name(), catalog.workflowFor(p.code(), anyUnit), p.processingTime(),
                    p.transferTo()));
        }
        return procedures;
    }

    private long dossiers(CopyManager copy, List<Staff> units, List<Proc> procedures, int count, Instant now) throws Exception {
        long instanceId = reserve("wf_instance", count);
        Rows dossier = new Rows(copy, "dossier (code, procedure_code, procedure_version, definition_id, unit_code, handling_unit, channel,"
                + " status, applicant_name, applicant_id_number, applicant_birth_date, applicant_phone, applicant_address, submitted_at,"
                + " received_at, due_at, legal_due_at, finished_at, returned_at, timeliness, supplement_count, late_by_supplement,"
                + " return_channel, proposal_summary, rating)");
        Rows components = new Rows(copy, "dossier_component (dossier_code, ordinal, name, copy_type, quantity, required, provided)");
        Rows history = new Rows(copy, "dossier_history (dossier_code, at, actor, action, from_status, to_status, comment, reason, items)");
        Rows clock = new Rows(copy, "dossier_clock (dossier_code, at, legal_due_at, paused, late_by_supplement)");
        Rows instances = new Rows(copy, "wf_instance (id, kind, ref, unit_code, title, definition_id, status, started_at, due_at,"
                + " budget_seconds, paused_seconds, finished_at)", true);
        Rows tasks = new Rows(copy, "wf_task (instance_id, kind, ref, title, step_ordinal, step_key, step_kind, step_name, role,"
                + " unit_code, assignee, created_at, due_at, completed_at, completed_by, outcome)");
        Map<String, Integer> counters = new HashMap<>();
        Instant yearAgo = now.minusSeconds(365L * 86400);
        long span = now.getEpochSecond() - yearAgo.getEpochSecond();
        for (int i = 0; i < count; i++) {
            Staff s = units.get(skewed(units.size()));
            Proc p = procedures.get(random.nextInt(procedures.size()));
            Instant submitted = officeTime(yearAgo.plusSeconds((long) (span * Math.pow(random.nextDouble(), 0.9))));
            LocalDate day = LocalDate.ofInstant(submitted, ZONE);
            String key = s.unit() + day;
            int n = counters.merge(key, 1, Integer::sum);
            String code = s.unit() + "-" + CODE_DAY.format(day) + "-" + String.format(Locale.ROOT, "%04d", n);
            boolean online = random.nextDouble() < 0.8;
            String channel = online ? "ONLINE" : random.nextDouble() < 0.9 ? "COUNTER" : "POSTAL";
            WorkingCalendar calendar = calendars.forUnit(s.unit());
            Instant received = online ? officeTime(submitted.plusSeconds(1800 + random.nextInt(6 * 3600))) : submitted;
            Instant due = calendar.due(received, p.time().duration());
            long ageDays = (now.getEpochSecond() - submitted.getEpochSecond()) / 86400;
            String status = status(ageDays, online);
            boolean supplement = random.nextDouble() < 0.08;
            boolean late = random.nextDouble() < 0.04;
            boolean transferred = p.transferTo() != null;
            Instant finished = null;
            Instant returned = null;
            String timeliness = null;
            if (Set.of("DONE", "RETURNED", "REFUSED", "STOPPED").contains(status)) {
                long budget = Math.max(3600, due.getEpochSecond() - received.getEpochSecond());
                finished = late ? due.plusSeconds(3600 + random.nextInt(3 * 86400))
                        : received.plusSeconds((long) (budget * (0.2 + 0.75 * random.nextDouble())));
                if (finished.isAfter(now)) {
                    finished = now.minusSeconds(600);
                }
                timeliness = late ? "LATE" : finished.isBefore(due.minusSeconds(86400)) ? "EARLY" : "ON_TIME";
                returned = "RETURNED".equals(status) ? finished.plusSeconds(3600 + random.nextInt(86400)) : null;
                if (returned != null && returned.isAfter(now)) {
                    returned = now.minusSeconds(60);
                }
            }
            String name = person();
            String idNumber = String.format(Locale.ROOT, "0%02d%d%02d%06d", random.nextInt(96) + 1, random.nextInt(2),
                    random.nextInt(100), random.nextInt(1_000_000));
            dossier.add(code, p.code(), p.version(), p.definition().id(), s.unit(), transferred ? p.transferTo() : null, channel,
                    status, name, idNumber, LocalDate.of(1950 + random.nextInt(55), 1 + random.nextInt(12), 1 + random.nextInt(28)),
                    "09" + (10_000_000 + random.nextInt(89_999_999)), "Thôn " + (1 + random.nextInt(12)) + ", " + s.unit(),
                    submitted, "SUBMITTED".equals(status) ? null : received, "SUBMITTED".equals(status) ? null : due,
                    "SUBMITTED".equals(status) ? null : due, finished, returned, timeliness, supplement ? 1 : 0, false,
                    returned == null ? null : online ? "ONLINE" : "COUNTER", finished == null ? null : "Đủ điều kiện giải quyết",
                    returned != null && random.nextDouble() < 0.3 ? 3 + random.nextInt(3) : null);
            components.add(code, 0, "Tờ khai theo mẫu", "ORIGINAL", 1, true, true);
            components.add(code, 1, "Giấy tờ chứng minh nhân thân", "COPY", 1, true, true);
            long instance = instanceId + i;
            String title = p.name() + " — " + name;
            boolean open = !Set.of("DONE", "RETURNED", "REFUSED", "STOPPED", "WITHDRAWN").contains(status) || "DONE".equals(status);
            instances.add(instance, "DOSSIER", code, s.unit(), title, p.definition().id(),
                    "SUBMITTED".equals(status) ? "WAITING" : "WAITING_SUPPLEMENT".equals(status) ? "PAUSED"
                            : finished != null ? "FINISHED" : "WITHDRAWN".equals(status) ? "CANCELLED" : "RUNNING",
                    "SUBMITTED".equals(status) ? null : received, "SUBMITTED".equals(status) ? null : due,
                    Math.max(0, due.getEpochSecond() - received.getEpochSecond()), 0, finished);
            history.add(code, submitted, online ? "congdan" : s.counter(), "submit", null, "SUBMITTED", p.name(), null, null);
            List<Step> steps = p.definition().steps();
            int reached = reached(status, steps.size());
            Instant at = received;
            for (int step = 0; step < steps.size() && step <= reached; step++) {
                Step st = steps.get(step);
                String assignee = switch (st.role()) {
                    case LEADER -> step == reached && open ? null : s.leader();
                    case SPECIALIST -> s.specialist();
                    default -> s.counter();
                };
                Instant next = at.plusSeconds(600 + random.nextInt(8 * 3600));
                boolean openTask = step == reached && open && !"SUBMITTED".equals(status) || "SUBMITTED".equals(status) && step == 0;
                tasks.add(instance, "DOSSIER", code, title, step, st.key(), st.kind().name(), st.name(), st.role().name(),
                        transferred && step == reached ? p.transferTo() : s.unit(), openTask && "SUBMITTED".equals(status) ? null : assignee,
                        at, due, openTask ? null : next, openTask ? null : assignee == null ? s.leader() : assignee,
                        openTask ? null : "done");
                if (!openTask && step > 0) {
                    history.add(code, next, assignee == null ? s.leader() : assignee, st.key(), null, status, null, null, null);
                }
                at = next;
            }
            if (!"SUBMITTED".equals(status)) {
                clock.add(code, received, due, false, false);
            }
            if (supplement) {
                String item = SUPPLEMENT_ITEMS[random.nextInt(SUPPLEMENT_ITEMS.length)];
                history.add(code, received.plusSeconds(86400), s.specialist(), "request-supplement", "PROCESSING",
                        "WAITING_SUPPLEMENT", "Bổ sung hồ sơ — " + item, "Bổ sung hồ sơ", item);
                if ("WAITING_SUPPLEMENT".equals(status)) {
                    clock.add(code, received.plusSeconds(86400), due, true, false);
                }
            }
            if (returned != null) {
                history.add(code, returned, s.counter(), "return-result", "DONE", "RETURNED", null, null, null);
            }
            if ("REFUSED".equals(status)) {
                String reason = REFUSALS[random.nextInt(REFUSALS.length)];
                history.add(code, finished, s.leader(), "refuse", "PROCESSING", "REFUSED", reason, reason, null);
            }
            if (i % CHUNK == CHUNK - 1) {
                flush(dossier, components, history, clock, instances);
                moveStagedInstances();
                flush(tasks);
            }
        }
        flush(dossier, components, history, clock, instances);
        moveStagedInstances();
        flush(tasks);
        jdbc.execute("drop table bench_wf_instance");
        jdbc.execute("select setval(pg_get_serial_sequence('wf_instance', 'id'), (select max(id) from wf_instance))");
        List<Object[]> counterRows = new ArrayList<>();
        counters.forEach((key, last) -> counterRows.add(new Object[] {key.substring(0, key.length() - 10),
                LocalDate.parse(key.substring(key.length() - 10)), last}));
        jdbc.batchUpdate("insert into dossier_counter (unit_code, day, last) values (?, ?, ?) on conflict (unit_code, day)"
                + " do update set last = greatest(dossier_counter.last, excluded.last)", counterRows);
        return dossier.count + components.count + history.count + instances.count + tasks.count;
    }

    private long documents(CopyManager copy, List<Staff> units, int count, Instant now) throws Exception {
        Rows rows = new Rows(copy, "document (unit_code, direction, status, type_code, type_name, subject, priority, sender_name,"
                + " code_number, code_notation, issued_date, arrival_number, arrival_date, book, year, number, drafted_by, signer,"
                + " issued_at, main_handler, registered_by, registered_at, search_text)");
        Map<String, Integer> numbers = new HashMap<>();
        Instant yearAgo = now.minusSeconds(365L * 86400);
        for (int i = 0; i < count; i++) {
            Staff s = units.get(skewed(units.size()));
            Instant at = officeTime(yearAgo.plusSeconds((long) (365L * 86400 * random.nextDouble())));
            int year = LocalDate.ofInstant(at, ZONE).getYear();
            boolean incoming = random.nextDouble() < 0.7;
            String subject = "Về việc " + MORE_PROCEDURES[random.nextInt(MORE_PROCEDURES.length)].toLowerCase(Locale.ROOT)
                    + " năm " + year;
            if (incoming) {
                int arrival = numbers.merge(s.unit() + "/DEN/" + year, 1, Integer::sum);
                String number = String.valueOf(1 + random.nextInt(3000));
                String status = at.isAfter(now.minusSeconds(10 * 86400)) ? "ASSIGNED" : "COMPLETED";
                rows.add(s.unit(), "INCOMING", status, null, "Công văn", subject, "NORMAL", "UBND tỉnh Ninh Bình", number, "UBND-VP",
                        LocalDate.ofInstant(at, ZONE).minusDays(2), arrival, at, "DEN", year, null, null, null, null, s.specialist(),
                        s.clerk(), at, Documents.plain(number + "/UBND-VP UBND-VP UBND tỉnh Ninh Bình " + subject + " Công văn " + arrival));
            } else {
                int number = numbers.merge(s.unit() + "/TB/" + year, 1, Integer::sum);
                String codeNumber = number < 10 ? "0" + number : String.valueOf(number);
                rows.add(s.unit(), "OUTGOING", "ISSUED", "TB", "Thông báo", subject, "NORMAL", null, codeNumber, "TB-UBND",
                        LocalDate.ofInstant(at, ZONE), null, null, "TB", year, number, s.specialist(), s.leader(), at, null,
                        s.specialist(), at, Documents.plain(codeNumber + "/TB-UBND TB-UBND " + subject + " Thông báo"));
            }
            if (i % CHUNK == CHUNK - 1) {
                rows.flush();
            }
        }
        rows.flush();
        List<Object[]> counterRows = new ArrayList<>();
        numbers.forEach((key, last) -> {
            String[] parts = key.split("/");
            counterRows.add(new Object[] {parts[0], parts[1], Integer.parseInt(parts[2]), last});
        });
        jdbc.batchUpdate("insert into document_counter (unit_code, book, year, last) values (?, ?, ?, ?) on conflict (unit_code, book, year)"
                + " do update set last = greatest(document_counter.last, excluded.last)", counterRows);
        return rows.count;
    }

    /** Older dossiers are mostly finished; recent ones are spread over the open states. */
    private String status(long ageDays, boolean online) {
        double r = random.nextDouble();
        if (ageDays > 20) {
            return r < 0.90 ? "RETURNED" : r < 0.95 ? "REFUSED" : r < 0.98 ? "WITHDRAWN" : "STOPPED";
        }
        if (online && r < 0.10) {
            return "SUBMITTED";
        }
        return r < 0.25 ? "RECEIVED" : r < 0.55 ? "PROCESSING" : r < 0.62 ? "WAITING_SUPPLEMENT" : r < 0.70 ? "DONE" : "RETURNED";
    }

    /** The last step a dossier in this status has reached (its open step, if still open). */
    private static int reached(String status, int steps) {
        return switch (status) {
            case "SUBMITTED" -> 0;
            case "RECEIVED" -> Math.min(1, steps - 1);
            case "PROCESSING", "WAITING_SUPPLEMENT" -> Math.min(2, steps - 1);
            case "DONE" -> steps - 1;
            default -> steps - 1;
        };
    }

    /** Some communes are busier: a skewed pick. */
    private int skewed(int size) {
        return (int) Math.min(size - 1, Math.floor(size * Math.pow(random.nextDouble(), 1.3)));
    }

    /** Moves a moment into office hours (07:30–16:30) on the same day. */
    private Instant officeTime(Instant at) {
        var local = at.atZone(ZONE);
        int minutes = 7 * 60 + 30 + random.nextInt(9 * 60);
        return local.toLocalDate().atTime(minutes / 60, minutes % 60, random.nextInt(60)).atZone(ZONE).toInstant();
    }

    private String person() {
        return FAMILY[random.nextInt(FAMILY.length)] + " " + MIDDLE[random.nextInt(MIDDLE.length)] + " "
                + GIVEN[random.nextInt(GIVEN.length)];
    }

    /** Instances are staged with their reserved ids (identity columns refuse ids in COPY), then moved before their tasks. */
    private void moveStagedInstances() {
        jdbc.execute("insert into wf_instance overriding system value select * from bench_wf_instance");
        jdbc.execute("truncate bench_wf_instance");
    }

    private long reserve(String table, int count) {
        Long first = jdbc.queryForObject("select nextval(pg_get_serial_sequence(?, 'id'))", Long.class, table);
        jdbc.execute("select setval(pg_get_serial_sequence('" + table + "', 'id'), " + (first + count) + ")");
        jdbc.execute("create unlogged table bench_wf_instance (like wf_instance)");
        return first;
    }

    private static void flush(Rows... rows) throws SQLException, IOException {
        for (Rows r : rows) {
            r.flush();
        }
    }

    /** Rows for one table, written with COPY (text format) every {@link #CHUNK} rows. */
    private static final class Rows {

        private final CopyManager copy;
        private final String target;
        private final StringBuilder buffer = new StringBuilder(1 << 20);
        private long count;

        Rows(CopyManager copy, String target) {
            this(copy, target, false);
        }

        /** {@code staged}: into the bench_ copy of the table (ids given), moved over at the end. */
        Rows(CopyManager copy, String target, boolean staged) {
            this.copy = copy;
            this.target = staged ? "bench_" + target : target;
        }

        void add(Object... values) {
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    buffer.append('\t');
                }
                Object v = values[i];
                if (v == null) {
                    buffer.append("\\N");
                } else if (v instanceof Instant instant) {
                    buffer.append(instant);
                } else {
                    String text = v.toString();
                    for (int c = 0; c < text.length(); c++) {
                        char ch = text.charAt(c);
                        switch (ch) {
                            case '\\' -> buffer.append("\\\\");
                            case '\t' -> buffer.append("\\t");
                            case '\n' -> buffer.append("\\n");
                            default -> buffer.append(ch);
                        }
                    }
                }
            }
            buffer.append('\n');
            count++;
        }

        void flush() throws SQLException, IOException {
            if (buffer.isEmpty()) {
                return;
            }
            copy.copyIn("copy " + target + " from stdin", new StringReader(buffer.toString()));
            buffer.setLength(0);
        }
    }
}
