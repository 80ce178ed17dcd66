package vn.xaso.organization;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo province of {@code design/api.md}: Ninh Bình ({@code H40}) with its 129 communes and wards
 * ({@code H40.01} Bình An, {@code H40.02} Thiên Trường, then the others in the order of the reference
 * list), their former communes with successor links, and four officials per unit. Loaded once, only in
 * the {@code demo} profile.
 */
@Component
@Profile("demo & !prod")
@Order(1)
class DemoOrganization implements ApplicationRunner {

    static final String PROVINCE = "H40";
    /** The demo national portal's account (password {@code demo}, like every demo account). */
    static final String PORTAL_ACCOUNT = "dvcqg";
    static final LocalDate REORGANISED = LocalDate.of(2025, 7, 1);
    private static final Logger log = LoggerFactory.getLogger(DemoOrganization.class);
    private static final Pattern FORMER = Pattern.compile("\\s*(.+?)\\s*\\[(\\d+)\\]\\s*(\\((một phần|phần còn lại)\\))?\\s*");
    private static final List<String> FIRST_UNITS = List.of("13540", "13684");
    private static final String[][] STAFF = {
            {"motcua", "COUNTER", "Cán bộ một cửa"},
            {"chuyenvien", "SPECIALIST", "Chuyên viên"},
            {"lanhdao", "LEADER", "Phó Chủ tịch UBND"},
            {"vanthu", "CLERK", "Văn thư"}};
    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô", "Đinh", "Lương"};
    private static final String[] MIDDLE = {"Văn", "Thị", "Minh", "Thu", "Quốc", "Thanh", "Hữu", "Ngọc"};
    private static final String[] GIVEN = {"An", "Bình", "Châu", "Dũng", "Giang", "Hà", "Hải", "Hạnh", "Hòa", "Hùng",
            "Hương", "Khánh", "Lan", "Linh", "Long", "Mai", "Nam", "Nga", "Phúc", "Phương", "Quân", "Sơn", "Thảo", "Trang", "Tuấn", "Yến"};

    private final JdbcTemplate jdbc;

    DemoOrganization(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        Integer present = jdbc.queryForObject("select count(*) from unit where code = ?", Integer.class, PROVINCE);
        if (present != null && present > 0) {
            addPortalAccount();
            return;
        }
        List<Row> rows = ordered(read());
        jdbc.update("insert into unit (code, name, type, stat_code, valid_from) values (?, ?, 'PROVINCE', '37', ?)",
                PROVINCE, "Tỉnh Ninh Bình", Date.valueOf(REORGANISED));
        insertFormerUnits(rows);
        List<Object[]> units = new ArrayList<>();
        List<Object[]> mergers = new ArrayList<>();
        List<Object[]> successors = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            String code = unitCode(i);
            units.add(new Object[] {code, (row.ward ? "Phường " : "Xã ") + row.name, row.ward ? "WARD" : "COMMUNE",
                    PROVINCE, row.statCode, Date.valueOf(REORGANISED)});
            for (Former former : row.formers) {
                mergers.add(new Object[] {code, former.statCode, former.partial});
                successors.add(new Object[] {code, former.statCode});
            }
        }
        jdbc.batchUpdate("insert into unit (code, name, type, parent_code, stat_code, valid_from) values (?, ?, ?, ?, ?, ?)", units);
        jdbc.batchUpdate("insert into unit_merger (unit_code, predecessor_code, partial) values (?, ?, ?)", mergers);
        jdbc.batchUpdate("update unit set successor_code = ? where code = ? and successor_code is null", successors);
        insertOfficials(rows);
        addPortalAccount();
        log.info("Demo province loaded: {} communes and wards, {} former communes", rows.size(), countFormer());
    }

    /** {@code H40.01} … {@code H40.129}: two digits at least, as in {@code design/api.md}. */
    static String unitCode(int index) {
        return String.format(Locale.ROOT, "%s.%02d", PROVINCE, index + 1);
    }

    /** The unit's name without diacritics and spaces, in lower case: {@code Tây Hoa Lư} → {@code tayhoalu}. */
    static String accountSuffix(String name) {
        String plain = Normalizer.normalize(name.replace('Đ', 'D').replace('đ', 'd'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return plain.replaceAll("[^A-Za-z0-9]", "").toLowerCase(Locale.ROOT);
    }

    private void insertFormerUnits(List<Row> rows) {
        Map<String, Former> formers = new LinkedHashMap<>();
        rows.forEach(row -> row.formers.forEach(former -> formers.putIfAbsent(former.statCode, former)));
        List<Object[]> values = formers.values().stream().map(former -> new Object[] {former.statCode, former.name,
                former.type(), PROVINCE, former.statCode, Date.valueOf(LocalDate.of(2008, 8, 1)),
                Date.valueOf(REORGANISED.minusDays(1))}).toList();
        jdbc.batchUpdate("insert into unit (code, name, type, parent_code, stat_code, valid_from, valid_to) values (?, ?, ?, ?, ?, ?, ?)", values);
    }

    private void insertOfficials(List<Row> rows) {
        List<Object[]> officials = new ArrayList<>();
        List<Object[]> roles = new ArrayList<>();
        officials.add(new Object[] {"admin", "Trịnh Quang Vinh", PROVINCE, "Quản trị hệ thống tỉnh"});
        roles.add(new Object[] {"admin", "PROVINCE_ADMIN"});
        officials.add(new Object[] {"theodoi", "Lê Thị Thu Hà", PROVINCE, "Chuyên viên theo dõi, Văn phòng UBND tỉnh"});
        roles.add(new Object[] {"theodoi", "MONITOR"});
        // the province also resolves procedures transferred by communes (e.g. land registration)
        officials.add(new Object[] {"lanhdao.tinh", "Phạm Văn Thành", PROVINCE, "Giám đốc Văn phòng đăng ký đất đai"});
        roles.add(new Object[] {"lanhdao.tinh", "LEADER"});
        officials.add(new Object[] {"chuyenvien.tinh", "Vũ Thị Hồng", PROVINCE, "Chuyên viên Văn phòng đăng ký đất đai"});
        roles.add(new Object[] {"chuyenvien.tinh", "SPECIALIST"});
        int person = 0;
        for (int i = 0; i < rows.size(); i++) {
            String suffix = accountSuffix(rows.get(i).name);
            for (String[] staff : STAFF) {
                String username = staff[0] + "." + suffix;
                officials.add(new Object[] {username, personName(person++), unitCode(i), staff[2]});
                roles.add(new Object[] {username, staff[1]});
            }
        }
        jdbc.batchUpdate("insert into official (username, full_name, unit_code, title) values (?, ?, ?, ?)", officials);
        jdbc.batchUpdate("insert into official_role (username, role) values (?, ?)", roles);
    }

    /** The national portal's own account (also added to a demo province loaded before it existed). */
    private void addPortalAccount() {
        jdbc.update("""
                insert into official (username, full_name, unit_code, title) values (?, 'Cổng Dịch vụ công quốc gia', ?,
                    'Tài khoản hệ thống (nền tảng tích hợp)') on conflict do nothing""", PORTAL_ACCOUNT, PROVINCE);
        jdbc.update("insert into official_role (username, role) values (?, 'PORTAL') on conflict do nothing", PORTAL_ACCOUNT);
    }

    private static String personName(int n) {
        return FAMILY[n % FAMILY.length] + " " + MIDDLE[(n / FAMILY.length) % MIDDLE.length] + " "
                + GIVEN[(n * 7) % GIVEN.length];
    }

    private int countFormer() {
        Integer count = jdbc.queryForObject("select count(*) from unit where valid_to is not null", Integer.class);
        return count == null ? 0 : count;
    }

    private static List<Row> ordered(List<Row> rows) {
        List<Row> ordered = new ArrayList<>();
        FIRST_UNITS.forEach(code -> rows.stream().filter(r -> r.statCode.equals(code)).forEach(ordered::add));
        rows.stream().filter(r -> !FIRST_UNITS.contains(r.statCode)).forEach(ordered::add);
        return ordered;
    }

    private static List<Row> read() {
        try {
            String text = new ClassPathResource("demo/ninhbinh-units.csv").getContentAsString(StandardCharsets.UTF_8);
            return text.lines().skip(1).filter(line -> !line.isBlank()).map(DemoOrganization::parse).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Row parse(String line) {
        String[] columns = line.split(",", 4);
        List<Former> formers = new ArrayList<>();
        for (String part : columns[3].split(";")) {
            Matcher m = FORMER.matcher(part);
            if (m.matches()) {
                formers.add(new Former(m.group(2), m.group(1), m.group(3) != null));
            }
        }
        return new Row(columns[0].strip(), columns[1].strip(), "phường".equals(columns[2].strip()), formers);
    }

    private record Row(String statCode, String name, boolean ward, List<Former> formers) {
    }

    private record Former(String statCode, String name, boolean partial) {
        String type() {
            if (name.startsWith("Phường")) {
                return "WARD";
            }
            return name.startsWith("Thị trấn") ? "TOWNSHIP" : "COMMUNE";
        }
    }
}
