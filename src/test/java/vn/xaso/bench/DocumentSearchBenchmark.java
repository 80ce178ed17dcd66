package vn.xaso.bench;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.xaso.document.DocumentList;
import vn.xaso.document.Documents;
import vn.xaso.identity.XasoUser;

/**
 * Full-text search over 100,000 documents of one commune (number, symbol, sender, subject; with or without
 * diacritics): loads them in bulk, then times 300 searches through the published list service, first page of 50.
 * Not a test: run {@code bench/document-search.sh}.
 */
public final class DocumentSearchBenchmark {

    private static final int DOCUMENTS = 100_000;
    private static final int SEARCHES = 300;
    private static final String[] SENDERS = {"UBND tỉnh Ninh Bình", "Sở Nội vụ tỉnh Ninh Bình", "Sở Tài chính tỉnh Ninh Bình",
            "Sở Tư pháp tỉnh Ninh Bình", "Sở Y tế tỉnh Ninh Bình", "Sở Giáo dục và Đào tạo", "Công an tỉnh Ninh Bình",
            "Bảo hiểm xã hội tỉnh", "Sở Nông nghiệp và Môi trường", "Văn phòng UBND tỉnh", "Thanh tra tỉnh", "Sở Xây dựng"};
    private static final String[] TOPICS = {"rà soát hộ nghèo", "lập dự toán ngân sách", "phòng chống lụt bão",
            "chuyển đổi số cấp xã", "cải cách thủ tục hành chính", "cấp giấy chứng nhận quyền sử dụng đất",
            "tiêm chủng mở rộng", "tuyển sinh đầu cấp", "bảo đảm an ninh trật tự", "thu thuế phi nông nghiệp",
            "xây dựng nông thôn mới", "chi trả trợ cấp xã hội", "quản lý chất thải rắn", "phòng cháy chữa cháy",
            "đăng ký hộ tịch trực tuyến", "kiểm tra an toàn thực phẩm", "giải quyết khiếu nại tố cáo", "bầu cử đại biểu"};
    private static final String[] TYPES = {"Công văn", "Quyết định", "Thông báo", "Kế hoạch", "Báo cáo", "Giấy mời"};
    private static final String[] QUERIES = {"ho ngheo", "hộ nghèo", "ngân sách", "lut bao", "chuyển đổi số", "Sở Y tế",
            "so tu phap", "1234", "/UBND-VP", "tiem chung mo rong", "an toan thuc pham", "khiếu nại", "nông thôn mới",
            "QĐ-UBND", "thue phi nong nghiep", "năm 2026 đợt 7", "bau cu", "không có văn bản này"};

    public static void main(String[] args) throws Exception {
        try (ConfigurableApplicationContext app = BenchApp.start()) {
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            long load = System.nanoTime();
            load(jdbc);
            System.out.printf("loaded %,d documents into one commune in %.1f s%n", DOCUMENTS, (System.nanoTime() - load) / 1e9);
            XasoUser clerk = (XasoUser) app.getBean(UserDetailsService.class).loadUserByUsername("vanthu.binhan");
            DocumentList list = app.getBean(DocumentList.class);
            for (int i = 0; i < 50; i++) {
                list.page(clerk, null, null, null, QUERIES[i % QUERIES.length], null, 51);
            }
            long[] nanos = new long[SEARCHES];
            long[] perText = new long[QUERIES.length];
            long found = 0;
            for (int i = 0; i < SEARCHES; i++) {
                long t = System.nanoTime();
                found += list.page(clerk, null, null, null, QUERIES[i % QUERIES.length], null, 51).size();
                nanos[i] = System.nanoTime() - t;
                perText[i % QUERIES.length] = Math.max(perText[i % QUERIES.length], nanos[i]);
            }
            for (int q = 0; q < QUERIES.length; q++) {
                System.out.printf("  %-24s max %5.1f ms%n", "'" + QUERIES[q] + "'", perText[q] / 1e6);
            }
            Arrays.sort(nanos);
            System.out.printf("%d searches (%d different texts, first page of 50): p50 %.1f ms, p95 %.1f ms, max %.1f ms; %d rows returned%n",
                    SEARCHES, QUERIES.length, nanos[SEARCHES / 2] / 1e6, nanos[SEARCHES * 95 / 100] / 1e6,
                    nanos[SEARCHES - 1] / 1e6, found);
            System.out.printf("  machine: %d cores, %s %s%n", Runtime.getRuntime().availableProcessors(),
                    System.getProperty("java.vm.name"), System.getProperty("java.version"));
        }
    }

    /** Realistic incoming documents over two years, written in batches (search text as the application writes it). */
    private static void load(JdbcTemplate jdbc) {
        Random random = new Random(42);
        Instant start = Instant.parse("2025-01-02T01:00:00Z");
        List<Object[]> batch = new ArrayList<>();
        for (int i = 1; i <= DOCUMENTS; i++) {
            String sender = SENDERS[random.nextInt(SENDERS.length)];
            String type = TYPES[random.nextInt(TYPES.length)];
            String subject = "Về việc " + TOPICS[random.nextInt(TOPICS.length)] + " năm " + (2025 + random.nextInt(2))
                    + " đợt " + (1 + random.nextInt(12));
            String number = String.valueOf(1 + random.nextInt(5000));
            String notation = type.equals("Công văn") ? "UBND-VP" : "QĐ-UBND";
            Instant at = start.plusSeconds(i * 600L);
            int year = at.atZone(java.time.ZoneOffset.ofHours(7)).getYear();
            String search = Documents.plain(number + "/" + notation + " " + notation + " " + sender + " " + subject + " " + type + " " + i);
            batch.add(new Object[] {"H40.01", "INCOMING", "COMPLETED", type, subject, "NORMAL", sender, number, notation,
                    LocalDate.ofInstant(at, java.time.ZoneOffset.UTC), 100_000 + i, Timestamp.from(at), "DEN", year, "vanthu.binhan",
                    Timestamp.from(at), search});
            if (batch.size() == 5000) {
                insert(jdbc, batch);
                batch.clear();
            }
        }
        insert(jdbc, batch);
        jdbc.execute("analyze document");
    }

    private static void insert(JdbcTemplate jdbc, List<Object[]> rows) {
        jdbc.batchUpdate("""
                insert into document (unit_code, direction, status, type_name, subject, priority, sender_name, code_number,
                    code_notation, issued_date, arrival_number, arrival_date, book, year, registered_by, registered_at, search_text)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
    }
}
