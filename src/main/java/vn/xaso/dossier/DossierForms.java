package vn.xaso.dossier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.xaso.api.Conflict;
import vn.xaso.api.NotFound;
import vn.xaso.calendar.WorkingCalendar;
import vn.xaso.files.StoredFile;
import vn.xaso.files.StoredFiles;
import vn.xaso.identity.XasoUser;
import vn.xaso.organization.FeeCollector;
import vn.xaso.organization.FeeCollectors;
import vn.xaso.organization.Organization;
import vn.xaso.signing.Placement;
import vn.xaso.signing.Signatures;
import vn.xaso.workflow.Task;

/**
 * The one-stop forms of TT 03/2025/TT-VPCP filled with the dossier's data, as PDFs with an embedded font:
 * 01 receipt and appointment (two copies), 02 supplement request, 03 refusal, 04 apology and new
 * appointment, 05 notice of stopping, 06 control sheet of every hand-over, 07 the register line.
 */
@Service
public class DossierForms {

    private static final Map<String, String> OUTCOMES = Map.ofEntries(Map.entry("received", "Đã tiếp nhận"),
            Map.entry("assigned", "Đã phân công"), Map.entry("proposed", "Đã trình kết quả"),
            Map.entry("refusal-proposed", "Đề xuất từ chối"), Map.entry("supplement-requested", "Yêu cầu bổ sung"),
            Map.entry("supplemented", "Đã bổ sung"), Map.entry("approved", "Đã phê duyệt"), Map.entry("sent-back", "Trả lại"),
            Map.entry("transferred", "Chuyển liên thông"), Map.entry("returned", "Đã trả kết quả"),
            Map.entry("cancelled", "Hủy"), Map.entry("refuse", "Từ chối"), Map.entry("stop", "Dừng giải quyết"));

    private static final Map<String, String> ROLES = Map.of("COUNTER", "Bộ phận một cửa", "LEADER", "Lãnh đạo",
            "SPECIALIST", "Chuyên viên", "CLERK", "Văn thư");

    /** The stored e-receipt's file kind. */
    private static final String RECEIPT = "RECEIPT";
    /** The line of the receipt under which the collecting unit's seal goes. */
    private static final String SIGNED_BY = "(Chữ ký số của tổ chức thu)";

    private final DossierDesk desk;
    private final FormModel model;
    private final FormTemplates templates;
    private final Payments payments;
    private final FeeCollectors collectors;
    private final Signatures signatures;
    private final Dossiers dossiers;
    private final StoredFiles stored;
    private final String gateway;

    DossierForms(DossierDesk desk, FormModel model, FormTemplates templates, Payments payments, FeeCollectors collectors,
            Signatures signatures, Dossiers dossiers, StoredFiles stored, @Value("${xaso.payment.name:}") String gateway) {
        this.desk = desk;
        this.dossiers = dossiers;
        this.stored = stored;
        this.payments = payments;
        this.model = model;
        this.templates = templates;
        this.collectors = collectors;
        this.signatures = signatures;
        this.gateway = gateway.isBlank() ? null : gateway.strip();
    }

    /** Form {@code number} ("01"–"07") of the dossier, if the user may see it; 409 if the dossier has not reached it. */
    @Transactional(readOnly = true)
    public byte[] render(XasoUser user, String code, String number) {
        String form = number.length() == 1 ? "0" + number : number;
        if (!form.matches("0[1-7]")) {
            throw new NotFound("Form", number);
        }
        Dossier d = desk.get(user, code);
        List<HistoryEntry> history = desk.history(user, code);
        Map<String, Object> model = this.model.of(d);
        switch (form) {
            case "01" -> {
                requireReceived(d);
                model.put("copies", List.of("Liên 1: lưu tại bộ phận tiếp nhận", "Liên 2: giao cho người nộp hồ sơ"));
                model.put("provided", desk.components(code).stream().filter(DossierComponent::provided).toList());
            }
            case "02" -> {
                HistoryEntry request = last(history, "request-supplement")
                        .orElseThrow(() -> new Conflict("dossier.form.no-supplement"));
                model.put("missing", request.items());
                model.put("reason", request.reason());
                model.put("officer", fullName(request.actor()));
            }
            case "03" -> {
                HistoryEntry refusal = last(history, "refuse").or(() -> d.status() == DossierStatus.REFUSED
                        ? last(history, "approve") : Optional.empty())
                        .orElseThrow(() -> new Conflict("dossier.form.not-refused"));
                model.put("reason", refusal.reason() != null ? refusal.reason() : d.proposal().summary());
                model.put("officer", fullName(refusal.actor()));
                // refused after receipt: the competent leader's letter, not the counter's intake refusal
                model.put("inProcessing", d.receivedAt() != null);
                if (d.receivedAt() != null) {
                    issuedBy(model, d, refusal.actor());
                }
            }
            case "04" -> {
                HistoryEntry extension = last(history, "extend")
                        .orElseThrow(() -> new Conflict("dossier.form.no-extension"));
                model.put("reason", extension.reason());
                issuedBy(model, d, extension.actor());
            }
            case "05" -> {
                HistoryEntry stop = last(history, "stop").orElseThrow(() -> new Conflict("dossier.form.not-stopped"));
                model.put("reason", stop.reason());
                issuedBy(model, d, stop.actor());
            }
            case "06" -> {
                requireReceived(d);
                model.put("landscape", true);
                model.put("handovers", handovers(d));
            }
            default -> {
                requireReceived(d);
                model.put("landscape", true);
                model.put("forwardedAt", desk.tasksOf(d).stream().filter(t -> t.stepOrdinal() != null && t.stepOrdinal() > 0)
                        .findFirst().map(t -> time(t.createdAt())).orElse(""));
            }
        }
        return templates.pdf(form, model);
    }

    /**
     * The e-receipt (biên lai điện tử) of the dossier's fee, with what NĐ 123/2020/NĐ-CP art. 32 requires of it: the
     * form and series symbols and its number in the unit's series of the year, the collecting unit and its tax code,
     * the payer, what for, the amount in figures and in words, the date, how it was paid (online: the gateway and its
     * transaction id, not a login) — and the collecting unit's digital signature (its seal key) over the whole. A symbol
     * or tax code the administrator has not entered is printed as not entered, never made up. 409 while nothing was paid.
     * Issued and sealed once, when first printed, and kept with the dossier's files: every later copy is that same file.
     */
    @Transactional
    public byte[] receipt(XasoUser user, String code) {
        Dossier d = desk.get(user, code);
        Payment paid = payments.paid(code).orElseThrow(() -> new Conflict("dossier.fee.not-paid"));
        String name = "bien-lai-" + paid.receiptYear() + "-" + paid.receipt() + ".pdf";
        // the dossier's row serialises two first prints: one receipt is issued
        dossiers.lock(code);
        Optional<StoredFile> issued = stored.ofOwner(DossierFiles.OWNER, code).stream()
                .filter(f -> f.kind().equals(RECEIPT) && f.name().equals(name)).findFirst();
        if (issued.isPresent()) {
            return stored.content(issued.get());
        }
        byte[] receipt = issue(d, paid);
        stored.store(receipt, name, DossierFiles.OWNER, code, RECEIPT, true, user.getUsername());
        return receipt;
    }

    private byte[] issue(Dossier d, Payment paid) {
        FeeCollector collector = collectors.of(d.unitCode());
        Map<String, Object> model = this.model.of(d);
        model.put("paid", paid);
        model.put("taxCode", entered(collector.taxCode()));
        model.put("receiptForm", entered(collector.receiptForm()));
        model.put("receiptSeries", entered(collector.receiptSeries()));
        model.put("figures", Money.figures(paid.amount()));
        model.put("words", Money.words(paid.amount()));
        boolean online = paid.method().equals("ONLINE");
        model.put("method", switch (paid.method()) {
            case "CASH" -> "Tiền mặt";
            case "TRANSFER" -> "Chuyển khoản";
            default -> gateway == null ? "Thanh toán trực tuyến" : "Thanh toán trực tuyến qua " + gateway;
        });
        model.put("transaction", online ? paid.note() : null);
        model.put("collector", online ? null : fullName(paid.by()));
        model.put("paidOn", LocalDate.ofInstant(paid.at(), Organization.ZONE));
        byte[] pdf = templates.pdf("receipt", model);
        return signatures.sealAlone(pdf, d.unitCode(), "Biên lai số " + paid.receipt(), Placement.below(SIGNED_BY));
    }

    private static String entered(String value) {
        return value != null ? value : "(chưa khai báo)";
    }

    /** Every hand-over: who gave the dossier to whom, when, by when it was due, and whether it was handled in time. */
    private List<Map<String, String>> handovers(Dossier d) {
        List<Task> tasks = desk.tasksOf(d);
        List<Map<String, String>> rows = new ArrayList<>();
        String giver = d.applicant().fullName();
        for (Task task : tasks) {
            Map<String, String> row = new HashMap<>();
            row.put("step", task.stepName() + " (" + task.unitCode() + ")");
            row.put("at", time(task.createdAt()));
            row.put("giver", giver);
            row.put("receiver", task.assignee() != null ? fullName(task.assignee())
                    : ROLES.getOrDefault(task.role().name(), task.role().name()) + " " + task.unitCode());
            row.put("due", time(task.dueAt()));
            row.put("result", task.completedAt() == null ? "Đang xử lý" : result(task));
            row.put("note", task.outcome() == null ? "" : OUTCOMES.getOrDefault(task.outcome(), task.outcome()));
            rows.add(row);
            giver = task.completedBy() != null ? fullName(task.completedBy()) : giver;
        }
        return rows;
    }

    private static String result(Task task) {
        if (task.dueAt() == null) {
            return "Đã xử lý";
        }
        return switch (WorkingCalendar.timeliness(task.completedAt(), task.dueAt())) {
            case EARLY -> "Trước hạn";
            case ON_TIME -> "Đúng hạn";
            case LATE -> "Quá hạn";
        };
    }

    /** A letter the leader signs: the leader's unit issues it (a unit resolving a transferred dossier issues its own). */
    private void issuedBy(Map<String, Object> model, Dossier d, String leader) {
        String unit = this.model.unitOf(leader).orElse(d.unitCode());
        Map<String, Object> issuer = this.model.of(d, unit);
        for (String key : List.of("body", "agency", "superior", "issuer", "agencyText")) {
            model.put(key, issuer.get(key));
        }
        model.put("block", this.model.block(leader));
    }

    private String fullName(String username) {
        return model.fullName(username);
    }

    private static Optional<HistoryEntry> last(List<HistoryEntry> history, String action) {
        return history.stream().filter(h -> h.action().equals(action)).reduce((a, b) -> b);
    }

    private static void requireReceived(Dossier d) {
        if (d.receivedAt() == null) {
            throw new Conflict("dossier.form.not-received");
        }
    }

    private static String time(Instant instant) {
        return FormModel.time(instant);
    }
}
