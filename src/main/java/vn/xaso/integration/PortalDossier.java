package vn.xaso.integration;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.xaso.catalog.Catalog;
import vn.xaso.catalog.Procedure;
import vn.xaso.dossier.Dossier;
import vn.xaso.dossier.DossierComponent;
import vn.xaso.dossier.DossierDesk;
import vn.xaso.dossier.DossierFiles;
import vn.xaso.dossier.HistoryEntry;
import vn.xaso.dossier.Payment;
import vn.xaso.dossier.SupplementRound;
import vn.xaso.files.StoredFile;
import vn.xaso.organization.Organization;
import vn.xaso.workflow.Task;

/**
 * A dossier as the national portal receives it (design/domain.md §9), whole in every message — the portal upserts by
 * MaHoSo, so a lost message loses nothing the next one does not carry: the papers handed in (TaiLieuNop), the fees
 * collected or refunded (DanhSachLePhi), each supplement request with the appointment before and after it
 * (DanhSachHoSoBoSung), the results (DanhSachGiayToKetQua), and every step so far (QuaTrinhXuLy) with the handler's
 * full name, title and unit, when the step began and by when the rules wanted it done. Flags for the 766 index:
 * paid online, data taken from the citizen's store, submitted logged in through VNeID.
 *
 * <p>{@code MaLinhVuc} is the national field code: xaso's catalog data has the field's name only (none of the sources in
 * {@code data/catalog} gives its code), so it is sent empty with the name in {@code TenLinhVuc} rather than invented.
 */
@Component
class PortalDossier {

    private static final DateTimeFormatter PORTAL_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss")
            .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final DossierDesk desk;
    private final DossierFiles files;
    private final Catalog catalog;
    private final Organization organization;
    private final MessageSource messages;

    PortalDossier(DossierDesk desk, DossierFiles files, Catalog catalog, Organization organization, MessageSource messages) {
        this.desk = desk;
        this.files = files;
        this.catalog = catalog;
        this.organization = organization;
        this.messages = messages;
    }

    /** The dossier as it stands now. */
    Map<String, Object> body(Dossier d) {
        Procedure procedure = catalog.version(d.procedureCode(), d.procedureVersion());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("MaHoSo", d.code());
        body.put("MaHoSoDVCQG", d.intake().portalCode());
        body.put("MaTTHC", procedure.nationalCode() != null ? procedure.nationalCode() : procedure.code());
        body.put("TenTTHC", procedure.name());
        body.put("MaLinhVuc", null);
        body.put("TenLinhVuc", procedure.field());
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
        List<Payment> payments = desk.payments(d);
        // the fee collected (the first payment, as the receipt counts it) was paid online
        body.put("DuocThanhToanTrucTuyen", payments.stream().filter(p -> p.kind().equals("PAYMENT")).findFirst()
                .filter(p -> p.method().equals("ONLINE")).isPresent());
        // the citizen's store of digitised papers is not there yet: nothing is taken from it
        body.put("DuocLayTuKhoDMQG", false);
        body.put("TaiKhoanDuocXacThucVoiVNeID", desk.submittedWithVneid(d));
        List<StoredFile> stored = files.of(d.code());
        body.put("TaiLieuNop", handedIn(desk.components(d.code()), stored));
        body.put("DanhSachLePhi", payments.stream().map(PortalDossier::fee).toList());
        body.put("DanhSachHoSoBoSung", desk.supplementRounds(d).stream().map(PortalDossier::supplement).toList());
        body.put("DanhSachGiayToKetQua", stored.stream().filter(f -> f.kind().equals("RESULT")).map(f -> Map.of(
                "TenGiayTo", f.name(), "MaGiayTo", f.id().toString(), "MaBam", f.sha256(), "DaKySo", f.signed())).toList());
        body.put("QuaTrinhXuLy", progress(d));
        return body;
    }

    /** Each component the procedure asks for, whether it was handed in; then each file the applicant's papers came in. */
    private static List<Map<String, Object>> handedIn(List<DossierComponent> components, List<StoredFile> stored) {
        List<Map<String, Object>> papers = new ArrayList<>();
        for (DossierComponent c : components) {
            Map<String, Object> paper = new LinkedHashMap<>();
            paper.put("TenTaiLieu", c.name());
            paper.put("LoaiBan", c.copyType().name());
            paper.put("SoLuong", c.quantity());
            paper.put("BatBuoc", c.required());
            paper.put("DaNop", c.provided());
            papers.add(paper);
        }
        for (StoredFile file : stored) {
            if (file.kind().equals("COMPONENT")) {
                papers.add(Map.of("TenTaiLieu", file.name(), "MaTepDinhKem", file.id().toString(), "MaBam", file.sha256(),
                        "DaNop", true));
            }
        }
        return papers;
    }

    private static Map<String, Object> fee(Payment p) {
        Map<String, Object> fee = new LinkedHashMap<>();
        fee.put("LoaiGiaoDich", p.kind().equals("PAYMENT") ? "THU" : "HOAN_TRA");
        fee.put("SoTien", p.amount());
        fee.put("HinhThucThu", p.method());
        fee.put("NgayThu", time(p.at()));
        fee.put("SoBienLai", p.receipt());
        fee.put("ChoXuLy", p.pending());
        return fee;
    }

    private static Map<String, Object> supplement(SupplementRound round) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("NgayYeuCauBoSung", time(round.requestedAt()));
        entry.put("NoiDungYeuCau", round.reason());
        entry.put("GiayToCanBoSung", round.missing());
        entry.put("NgayBoSung", time(round.suppliedAt()));
        entry.put("NgayHenTraCu", time(round.dueBefore()));
        entry.put("NgayHenTraMoi", time(round.dueAfter()));
        return entry;
    }

    /**
     * Every step so far, oldest first, named as the dossier's history names it. A step a task stood for (assign,
     * propose, approve …) says when the task began and its due time.
     */
    private List<Map<String, Object>> progress(Dossier d) {
        List<Task> tasks = desk.tasksOf(d);
        Map<String, Handler> handlers = new HashMap<>();
        List<Map<String, Object>> entries = new ArrayList<>();
        for (HistoryEntry h : desk.history(d)) {
            Handler who = handlers.computeIfAbsent(h.actor(), actor -> handler(actor, d));
            Optional<Task> task = tasks.stream().filter(t -> h.at().equals(t.completedAt()) && h.actor().equals(t.completedBy()))
                    .findFirst();
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("NguoiXuLy", who.name());
            entry.put("ChucDanh", who.title());
            entry.put("PhongBanXuLy", who.unit());
            entry.put("ThoiDiemXuLy", time(h.at()));
            String label = messages.getMessage("history." + h.action(), null, h.action(), VIETNAMESE);
            entry.put("NoiDungXuLy", h.comment() == null ? label : label + ": " + h.comment());
            entry.put("TrangThai", h.toStatus().portalCode());
            entry.put("NgayBatDau", task.map(t -> time(t.createdAt())).orElse(null));
            entry.put("NgayKetThucTheoQuyDinh", task.map(t -> time(t.dueAt())).orElse(null));
            entries.add(entry);
        }
        return entries;
    }

    /** Who took a step, as the portal names them: an official's full name, title and unit; the applicant by name. */
    private record Handler(String name, String title, String unit) {
    }

    private Handler handler(String actor, Dossier d) {
        return organization.official(actor)
                .map(o -> new Handler(o.fullName(), o.title(), organization.requireUnit(o.unitCode()).name()))
                .orElseGet(() -> new Handler(actor.equals(d.intake().owner()) ? d.applicant().fullName() : actor, null, null));
    }

    static String time(Instant at) {
        return at == null ? null : PORTAL_TIME.format(at);
    }
}
