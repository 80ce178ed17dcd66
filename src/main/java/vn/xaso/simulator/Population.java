package vn.xaso.simulator;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * The people the simulated population database knows: the demo citizen ({@code 037095000001}, Phạm Minh Đức) and a
 * few thousand generated ones of Ninh Bình (ID numbers {@code 037} + gender and century + birth year + a serial from
 * {@code 100001}), the same every start.
 */
final class Population {

    /** A person as the database answers: the fields in its own (Vietnamese) names. */
    record Person(String soDinhDanh, String hoVaTen, LocalDate ngaySinh, String gioiTinh, String noiThuongTru) {
    }

    static final int GENERATED = 5000;
    private static final List<String> FAMILY = List.of("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đinh", "Bùi",
            "Đỗ", "Ngô", "Dương", "Lương", "Tạ", "Mai", "Trịnh");
    private static final List<String> MIDDLE_MALE = List.of("Văn", "Đức", "Minh", "Quang", "Hữu", "Công", "Xuân");
    private static final List<String> MIDDLE_FEMALE = List.of("Thị", "Thu", "Ngọc", "Thanh", "Hồng", "Minh", "Phương");
    private static final List<String> GIVEN_MALE = List.of("An", "Bình", "Cường", "Dũng", "Hải", "Hùng", "Khánh", "Long",
            "Nam", "Phong", "Quân", "Sơn", "Thắng", "Tuấn", "Việt");
    private static final List<String> GIVEN_FEMALE = List.of("Anh", "Chi", "Dung", "Giang", "Hà", "Hạnh", "Hoa", "Hương",
            "Lan", "Linh", "Mai", "Nga", "Phương", "Thảo", "Yến");
    private static final List<String> PLACES = List.of("xã Bình An", "phường Thiên Trường", "phường Hoa Lư", "xã Gia Viễn",
            "xã Nho Quan", "phường Tam Điệp", "xã Yên Khánh", "xã Kim Sơn", "xã Yên Mô", "phường Nam Định");

    private final Map<String, Person> people = new LinkedHashMap<>();

    Population() {
        add(new Person("037095000001", "Phạm Minh Đức", LocalDate.of(1995, 3, 12), "Nam",
                "Thôn Đông, xã Bình An, tỉnh Ninh Bình"));
        Random random = new Random(37);
        for (int i = 0; i < GENERATED; i++) {
            boolean female = random.nextBoolean();
            int year = 1940 + random.nextInt(80);
            LocalDate birth = LocalDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28));
            int genderAndCentury = (year >= 2000 ? 2 : 0) + (female ? 1 : 0);
            String id = String.format("037%d%02d%06d", genderAndCentury, year % 100, 100_001 + i);
            String name = pick(random, FAMILY) + " " + pick(random, female ? MIDDLE_FEMALE : MIDDLE_MALE) + " "
                    + pick(random, female ? GIVEN_FEMALE : GIVEN_MALE);
            String address = "Số " + (1 + random.nextInt(200)) + ", " + pick(random, PLACES) + ", tỉnh Ninh Bình";
            add(new Person(id, name, birth, female ? "Nữ" : "Nam", address));
        }
    }

    Optional<Person> find(String idNumber) {
        return Optional.ofNullable(people.get(idNumber));
    }

    /** The first people, in the order they were made (the demo citizen first). */
    List<Person> some(int limit) {
        return people.values().stream().limit(limit).toList();
    }

    int size() {
        return people.size();
    }

    private void add(Person person) {
        people.put(person.soDinhDanh(), person);
    }

    private static String pick(Random random, List<String> values) {
        return values.get(random.nextInt(values.size()));
    }
}
