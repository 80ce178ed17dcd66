package vn.xaso.integration;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import vn.xaso.catalog.Catalog;
import vn.xaso.catalog.Procedure;
import vn.xaso.dossier.ApprovalPassed;
import vn.xaso.dossier.DeadlineExtended;
import vn.xaso.dossier.Dossier;
import vn.xaso.dossier.DossierAssigned;
import vn.xaso.dossier.DossierDesk;
import vn.xaso.dossier.DossierEvent;
import vn.xaso.dossier.DossierFiles;
import vn.xaso.dossier.DossierFinished;
import vn.xaso.dossier.DossierRated;
import vn.xaso.dossier.DossierReceived;
import vn.xaso.dossier.DossierSentBack;
import vn.xaso.dossier.DossierSubmitted;
import vn.xaso.dossier.DossierSupplemented;
import vn.xaso.dossier.DossierTransferred;
import vn.xaso.dossier.FeePaid;
import vn.xaso.dossier.PaymentAwaited;
import vn.xaso.dossier.ResultProposed;
import vn.xaso.dossier.ResultReturned;
import vn.xaso.dossier.SupplementRequested;
import vn.xaso.files.StoredFile;

/**
 * Queues for the national portal every change of a dossier's portal status (codes 0–10), in the dossier's own
 * transaction: the message exists exactly when the change does. It carries what the portal receives for a dossier
 * (design/domain.md §9) as it stood at that moment, with the step that changed it.
 */
@Component
class PortalSync {

    private static final DateTimeFormatter PORTAL_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss")
            .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    /** The step, as the portal's processing history (NoiDungXuLy) names it. */
    private static final Map<Class<?>, String> STEPS = Map.ofEntries(
            Map.entry(DossierSubmitted.class, "Nộp hồ sơ"), Map.entry(DossierReceived.class, "Tiếp nhận hồ sơ"),
            Map.entry(SupplementRequested.class, "Yêu cầu bổ sung hồ sơ"), Map.entry(DossierSupplemented.class, "Bổ sung hồ sơ"),
            Map.entry(DossierAssigned.class, "Phân công xử lý"), Map.entry(ResultProposed.class, "Trình kết quả"),
            Map.entry(DossierSentBack.class, "Trả lại để xử lý lại"), Map.entry(ApprovalPassed.class, "Phê duyệt"),
            Map.entry(DossierFinished.class, "Kết thúc xử lý"), Map.entry(ResultReturned.class, "Trả kết quả"),
            Map.entry(DossierTransferred.class, "Chuyển cơ quan khác xử lý"), Map.entry(DeadlineExtended.class, "Gia hạn, hẹn lại"),
            Map.entry(DossierRated.class, "Đánh giá"), Map.entry(PaymentAwaited.class, "Chờ nộp phí, lệ phí"),
            Map.entry(FeePaid.class, "Nộp phí, lệ phí"));

    private final DossierDesk desk;
    private final DossierFiles files;
    private final Catalog catalog;
    private final PortalMessages messages;
    private final JsonMapper json;
    private final Clock clock;

    PortalSync(DossierDesk desk, DossierFiles files, Catalog catalog, PortalMessages messages, JsonMapper json, Clock clock) {
        this.desk = desk;
        this.files = files;
        this.catalog = catalog;
        this.messages = messages;
        this.json = json;
        this.clock = clock;
    }

    @EventListener
    void on(DossierEvent event) {
        String step = event.note() == null ? STEPS.getOrDefault(event.getClass(), "Xử lý hồ sơ")
                : STEPS.getOrDefault(event.getClass(), "Xử lý hồ sơ") + ": " + event.note();
        desk.find(event.code()).ifPresent(dossier -> messages.enqueue(dossier.code(), dossier.status().portalCode(),
                json.writeValueAsString(body(dossier, event.at(), step)), event.at()));
    }

    /** Queues the dossier as it stands now, whatever was sent before: the portal lost it. */
    @Transactional
    void sendAgain(String code) {
        Instant now = clock.instant();
        desk.find(code).ifPresent(dossier -> messages.enqueueAgain(code, dossier.status().portalCode(),
                json.writeValueAsString(body(dossier, now, "Đối soát: gửi lại hồ sơ Cổng chưa có")), now));
    }

    /** The dossier in the portal's terms (MaHoSo, TrangThaiHoSo …), with the step just taken (QuaTrinhXuLy). */
    private Map<String, Object> body(Dossier d, Instant at, String step) {
        Procedure procedure = catalog.version(d.procedureCode(), d.procedureVersion());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("MaHoSo", d.code());
        body.put("MaHoSoDVCQG", d.intake().portalCode());
        body.put("MaTTHC", procedure.nationalCode() != null ? procedure.nationalCode() : procedure.code());
        body.put("TenTTHC", procedure.name());
        body.put("MaLinhVuc", procedure.field());
        body.put("ChuHoSo", d.applicant().fullName());
        body.put("SoGiayToChuHoSo", d.applicant().idNumber());
        body.put("LoaiDoiTuong", 1);
        body.put("Email", d.applicant().email());
        body.put("SoDienThoai", d.applicant().phone());
        body.put("TrichYeuHoSo", procedure.name() + " — " + d.applicant().fullName());
        body.put("NgayNopHoSo", time(d.submittedAt()));
        body.put("NgayTiepNhan", time(d.receivedAt()));
        body.put("NgayHenTra", time(d.dueAt()));
        body.put("TrangThaiHoSo", d.status().portalCode());
        body.put("NgayKetThucXuLy", time(d.finishedAt()));
        body.put("NgayTra", time(d.returnedAt()));
        body.put("HinhThuc", switch (d.channel()) {
            case ONLINE -> 1;
            case POSTAL -> 2;
            default -> 0;
        });
        body.put("DonViXuLy", d.handlingUnit() != null ? d.handlingUnit() : d.unitCode());
        body.put("SoLanBoSung", d.supplements().count());
        Map<String, Object> progress = new LinkedHashMap<>();
        progress.put("NguoiXuLy", actor());
        progress.put("ThoiDiemXuLy", time(at));
        progress.put("NoiDungXuLy", step);
        progress.put("TrangThai", d.status().portalCode());
        body.put("QuaTrinhXuLy", List.of(progress));
        List<Map<String, Object>> results = new ArrayList<>();
        for (StoredFile file : files.of(d.code())) {
            if (file.kind().equals("RESULT")) {
                results.add(Map.of("TenGiayTo", file.name(), "MaGiayTo", file.id().toString(), "MaBam", file.sha256(),
                        "DaKySo", file.signed()));
            }
        }
        body.put("DanhSachGiayToKetQua", results);
        return body;
    }

    private static String time(Instant at) {
        return at == null ? null : PORTAL_TIME.format(at);
    }

    private static String actor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "system" : authentication.getName();
    }
}
