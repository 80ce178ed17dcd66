package vn.xaso.dossier;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.xaso.catalog.Catalog;
import vn.xaso.catalog.Procedure;
import vn.xaso.organization.Official;
import vn.xaso.organization.Organization;
import vn.xaso.organization.Unit;

/** What every official paper about a dossier shows: the agencies, the applicant, the procedure, the dates. */
@Component
class FormModel {

    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH 'giờ' mm 'phút, ngày' dd/MM/yyyy");
    private static final Map<String, String> COPY_TYPES = Map.of("ORIGINAL", "Bản chính", "COPY", "Bản sao",
            "CERTIFIED_COPY", "Bản sao chứng thực", "ORIGINAL_OR_COPY", "Bản chính hoặc bản sao");

    private final Organization organization;
    private final Catalog catalog;
    private final Dossiers dossiers;

    FormModel(Organization organization, Catalog catalog, Dossiers dossiers) {
        this.organization = organization;
        this.catalog = catalog;
        this.dossiers = dossiers;
    }

    Map<String, Object> of(Dossier d) {
        Unit unit = organization.requireUnit(d.unitCode());
        Unit province = organization.unit(unit.parentCode()).orElse(unit);
        Procedure procedure = catalog.version(d.procedureCode(), d.procedureVersion());
        Map<String, Object> model = new HashMap<>();
        model.put("d", d);
        model.put("procedure", procedure);
        model.put("province", ("UBND " + province.name()).toUpperCase(VIETNAMESE));
        model.put("agency", ("UBND " + unit.name()).toUpperCase(VIETNAMESE));
        model.put("agencyCounter", "Bộ phận tiếp nhận và trả kết quả " + unit.name());
        model.put("place", unit.name().replaceFirst("^(Xã|Phường|Đặc khu|Tỉnh|Thành phố) ", ""));
        model.put("today", LocalDate.now(Organization.ZONE));
        model.put("copyTypes", COPY_TYPES);
        model.put("legalTime", legalTime(procedure.processingTime()));
        model.put("receivedAt", time(d.receivedAt()));
        model.put("dueAt", time(d.dueAt()));
        model.put("legalDueAt", time(d.legalDueAt()));
        model.put("finishedAt", time(d.finishedAt()));
        model.put("returnedAt", time(d.returnedAt()));
        model.put("bookNumber", d.registerLine() == null ? "…" : String.valueOf(d.registerLine().book()));
        model.put("sequence", d.registerLine() == null ? "…" : String.valueOf(d.registerLine().line()));
        model.put("sets", String.format(Locale.ROOT, "%02d", d.sets()));
        model.put("returnAt", returnAt(d, unit));
        model.put("receiver", dossiers.history(d.code()).stream().filter(h -> h.action().equals("accept")).findFirst()
                .map(h -> fullName(h.actor())).orElse(""));
        return model;
    }

    /** Where the applicant chose to receive the result (Mẫu 01, item 6). */
    private static String returnAt(Dossier d, Unit unit) {
        Procedure.Channel channel = d.resultChannel() == null ? Procedure.Channel.COUNTER : d.resultChannel();
        return switch (channel) {
            case COUNTER -> "Bộ phận tiếp nhận và trả kết quả " + unit.name();
            case POSTAL -> "Qua dịch vụ bưu chính công ích, theo địa chỉ: "
                    + (d.applicant().address() == null ? "…………" : d.applicant().address());
            case ONLINE -> "Trực tuyến, trên Cổng dịch vụ công (bản điện tử có chữ ký số)";
        };
    }

    String fullName(String username) {
        return organization.official(username).map(Official::fullName).orElse(username);
    }

    static String legalTime(Procedure.ProcessingTime time) {
        if (Boolean.TRUE.equals(time.sameDay())) {
            return "trong ngày làm việc";
        }
        return time.workingDays() != null ? time.workingDays().toPlainString() + " ngày làm việc"
                : time.workingHours().toPlainString() + " giờ làm việc";
    }

    static String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant.atZone(Organization.ZONE));
    }
}
