package vn.xaso.catalog;

import java.math.BigDecimal;
import java.util.List;
import vn.xaso.organization.Role;
import vn.xaso.workflow.Step;
import vn.xaso.workflow.StepKind;

/**
 * The province's default internal workflow for a commune: counter receives → leader assigns → specialist
 * examines and proposes → leader approves and signs → counter returns. Budgets: 0 %, 10 %, 70 %, 20 %, 0 %
 * of the legal time. Every step says what to check and what to do next, for officials new to it.
 */
final class DefaultWorkflow {

    private DefaultWorkflow() {
    }

    static List<Step> steps() {
        return List.of(
                new Step("receive", StepKind.RECEIVE, "Tiếp nhận hồ sơ", Role.COUNTER, BigDecimal.ZERO, null,
                        "Kiểm tra đủ thành phần hồ sơ theo danh mục. Đủ: bấm Tiếp nhận, in Giấy tiếp nhận và hẹn trả kết quả (Mẫu 01). "
                                + "Thiếu: lập Phiếu yêu cầu bổ sung ghi đủ mọi thành phần còn thiếu trong một lần. Không đủ điều kiện: lập Phiếu từ chối, ghi rõ lý do."),
                new Step("assign", StepKind.ASSIGN, "Phân công xử lý", Role.LEADER, BigDecimal.valueOf(10), null,
                        "Xem nội dung hồ sơ, chọn chuyên viên thụ lý phù hợp với lĩnh vực rồi bấm Phân công. Hạn của bước này là 10% thời gian giải quyết."),
                new Step("process", StepKind.PROCESS, "Thẩm định, đề xuất kết quả", Role.SPECIALIST, BigDecimal.valueOf(70), null,
                        "Đối chiếu từng thành phần với quy định. Hợp lệ: dự thảo hoặc tải lên kết quả rồi bấm Trình duyệt. "
                                + "Thiếu giấy tờ: Yêu cầu bổ sung (chỉ một lần, đồng hồ tạm dừng). Không đủ điều kiện: đề xuất từ chối, ghi rõ lý do."),
                new Step("approve", StepKind.APPROVE, "Phê duyệt, ký kết quả", Role.LEADER, BigDecimal.valueOf(20), null,
                        "Kiểm tra kết quả chuyên viên trình. Đồng ý: bấm Phê duyệt để ký và chuyển bộ phận một cửa trả kết quả. Chưa đạt: Trả lại, ghi rõ cần sửa gì."),
                new Step("return", StepKind.RETURN, "Trả kết quả", Role.COUNTER, BigDecimal.ZERO, null,
                        "Đối chiếu giấy hẹn và giấy tờ tùy thân của người nhận, trao kết quả (hoặc gửi bưu chính, trả trực tuyến) rồi bấm Trả kết quả."));
    }
}
