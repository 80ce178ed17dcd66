package vn.xaso.catalog;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.transaction.annotation.Transactional;
import vn.xaso.catalog.Procedure.Channel;
import vn.xaso.catalog.Procedure.Component;
import vn.xaso.catalog.Procedure.CopyType;
import vn.xaso.catalog.Procedure.Level;
import vn.xaso.catalog.Procedure.ProcessingTime;

/**
 * The demo's catalog: the six demo procedures of design/api.md, offered by every commune, with the province's default
 * workflow; and the national catalog's 455 commune-level procedures under their national codes
 * ({@code catalog/procedures.csv}), imported as an administrator would import a national update.
 */
@org.springframework.stereotype.Component
@Profile("demo & !prod")
@Order(3)
class DemoCatalog implements ApplicationRunner {

    private static final String PROVINCE = "H40";
    /** The source the national rows were read from, as an import names its decision. */
    static final String NATIONAL_SOURCE = "Dữ liệu danh mục TTHC cấp xã (Cổng DVC quốc gia, 2026) — catalog/README.md";

    private final Catalog catalog;
    private final CatalogUpdate update;

    DemoCatalog(Catalog catalog, CatalogUpdate update) {
        this.catalog = catalog;
        this.update = update;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (catalog.procedure("HKD-01").isEmpty()) {
            for (Procedure procedure : procedures()) {
                catalog.publish(procedure);
                catalog.defineWorkflow(procedure.code(), PROVINCE, DefaultWorkflow.steps());
            }
        }
        if (catalog.procedure("1.001193").isEmpty()) {
            update.apply(NATIONAL_SOURCE, NationalCatalogFile.shipped(), List.of(), "system");
        }
    }

    static List<Procedure> procedures() {
        var all = EnumSet.allOf(Channel.class);
        return List.of(
                new Procedure("HKD-01", 0, null, "Đăng ký thành lập hộ kinh doanh", "Kinh doanh", Level.COMMUNE,
                        ProcessingTime.days(3), 100_000, true, all, "Giấy chứng nhận đăng ký hộ kinh doanh", List.of(
                        new Component("Giấy đề nghị đăng ký hộ kinh doanh", CopyType.ORIGINAL, 1, true),
                        new Component("Bản sao giấy tờ pháp lý của cá nhân (căn cước) của chủ hộ kinh doanh", CopyType.COPY, 1, true),
                        new Component("Biên bản họp thành viên hộ gia đình về việc thành lập hộ kinh doanh (nếu các thành viên cùng góp vốn)", CopyType.ORIGINAL, 1, false),
                        new Component("Bản sao văn bản ủy quyền cho thành viên làm chủ hộ kinh doanh (nếu có)", CopyType.COPY, 1, false)),
                        null, null),
                new Procedure("KS-01", 0, null, "Đăng ký khai sinh", "Hộ tịch", Level.COMMUNE,
                        ProcessingTime.sameDayOnly(), 0, true, all, "Giấy khai sinh", List.of(
                        new Component("Tờ khai đăng ký khai sinh", CopyType.ORIGINAL, 1, true),
                        new Component("Giấy chứng sinh", CopyType.ORIGINAL, 1, true),
                        new Component("Giấy tờ tùy thân của người đi đăng ký", CopyType.ORIGINAL_OR_COPY, 1, true)),
                        null, null),
                new Procedure("CT-01", 0, null, "Chứng thực bản sao từ bản chính", "Chứng thực", Level.COMMUNE,
                        ProcessingTime.sameDayOnly(), 2_000, false, EnumSet.of(Channel.COUNTER), "Bản sao được chứng thực từ bản chính", List.of(
                        new Component("Bản chính giấy tờ, văn bản làm cơ sở để chứng thực bản sao", CopyType.ORIGINAL, 1, true),
                        new Component("Bản sao cần chứng thực", CopyType.COPY, 1, true)),
                        null, null),
                new Procedure("TT-01", 0, null, "Đăng ký tạm trú", "Cư trú", Level.COMMUNE,
                        ProcessingTime.days(3), 0, true, all, "Thông báo kết quả đăng ký tạm trú", List.of(
                        new Component("Tờ khai thay đổi thông tin cư trú (Mẫu CT01)", CopyType.ORIGINAL, 1, true),
                        new Component("Giấy tờ, tài liệu chứng minh chỗ ở hợp pháp", CopyType.COPY, 1, true)),
                        null, null),
                new Procedure("HN-01", 0, null, "Xác nhận tình trạng hôn nhân", "Hộ tịch", Level.COMMUNE,
                        ProcessingTime.days(3), 0, true, all, "Giấy xác nhận tình trạng hôn nhân", List.of(
                        new Component("Tờ khai cấp Giấy xác nhận tình trạng hôn nhân", CopyType.ORIGINAL, 1, true),
                        new Component("Giấy tờ chứng minh việc ly hôn hoặc vợ/chồng đã chết (nếu có)", CopyType.COPY, 1, false)),
                        null, null),
                new Procedure("DD-01", 0, null, "Đăng ký biến động quyền sử dụng đất", "Đất đai", Level.COMMUNE,
                        ProcessingTime.days(10), 0, false, EnumSet.of(Channel.COUNTER, Channel.POSTAL, Channel.ONLINE),
                        "Giấy chứng nhận quyền sử dụng đất đã xác nhận biến động", List.of(
                        new Component("Đơn đăng ký biến động đất đai, tài sản gắn liền với đất (Mẫu 11/ĐK)", CopyType.ORIGINAL, 1, true),
                        new Component("Bản gốc Giấy chứng nhận quyền sử dụng đất đã cấp", CopyType.ORIGINAL, 1, true),
                        new Component("Hợp đồng, văn bản về việc chuyển quyền sử dụng đất", CopyType.ORIGINAL, 1, true)),
                        PROVINCE, BigDecimal.valueOf(7)));
    }
}
