package vn.xaso.dossier;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.xaso.catalog.Catalog;
import vn.xaso.catalog.Procedure;
import vn.xaso.organization.IssuingBodies;
import vn.xaso.organization.IssuingBody;
import vn.xaso.organization.Official;
import vn.xaso.organization.Organization;
import vn.xaso.organization.SignatureBlock;
import vn.xaso.organization.Unit;

/** What every official paper about a dossier shows: the agencies, the applicant, the procedure, the dates. */
@Component
class FormModel {

    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH 'giờ' mm 'phút, ngày' dd/MM/yyyy");
    private static final Map<String, String> COPY_TYPES = Map.of("ORIGINAL", "Bản chính", "COPY", "Bản sao",
            "CERTIFIED_COPY", "Bản sao chứng thực", "ORIGINAL_OR_COPY", "Bản chính hoặc bản sao");

    private final Organization organization;
    private final IssuingBodies issuingBodies;
    private final Catalog catalog;
    private final Dossiers dossiers;

    FormModel(Organization organization, IssuingBodies issuingBodies, Catalog catalog, Dossiers dossiers) {
        this.organization = organization;
        this.issuingBodies = issuingBodies;
        this.catalog = catalog;
        this.dossiers = dossiers;
    }

    Map<String, Object> of(Dossier d) {
        return of(d, d.unitCode());
    }

    /**
     * The model with {@code issuerUnit} as the body issuing the paper (the unit that resolved a transferred dossier
     * issues its result): {@code agency} its full name, {@code superior}/{@code issuer} the two header lines
     * ({@code ỦY BAN NHÂN DÂN} / {@code XÃ BÌNH AN}, or the governing committee above a department's name),
     * {@code agencyText} its name in a sentence.
     */
    Map<String, Object> of(Dossier d, String issuerUnit) {
        Unit unit = organization.requireUnit(d.unitCode());
        Unit issuing = organization.requireUnit(issuerUnit);
        IssuingBody body = issuingBodies.of(issuerUnit);
        Procedure procedure = catalog.version(d.procedureCode(), d.procedureVersion());
        Map<String, Object> model = new HashMap<>();
        model.put("d", d);
        model.put("procedure", procedure);
        model.put("body", body);
        model.put("agency", body.name());
        model.put("superior", body.collective() ? "ỦY BAN NHÂN DÂN" : body.governingName() == null ? "" : body.governingName());
        model.put("issuer", body.collective() ? issuing.name().toUpperCase(VIETNAMESE) : body.name());
        model.put("agencyText", body.collective() ? "Ủy ban nhân dân " + lowerFirst(issuing.name()) : issuing.name());
        model.put("agencyCounter", "Bộ phận tiếp nhận và trả kết quả " + unit.name());
        model.put("place", unit.name().replaceFirst("^(Xã|Phường|Đặc khu|Tỉnh|Thành phố) ", ""));
        model.put("today", LocalDate.now(Organization.ZONE));
        model.put("copyTypes", COPY_TYPES);
        model.put("legalTime", legalTime(procedure.processingTime()));
        model.put("receivedAt", time(d.receivedAt()));
        model.put("dueAt", time(d.dueAt()));
        model.put("legalDueAt", time(d.appointment().legalDueAt()));
        model.put("finishedAt", time(d.finishedAt()));
        model.put("returnedAt", time(d.returnedAt()));
        Receipt.RegisterLine line = d.receipt().line();
        model.put("bookNumber", line == null ? "…" : String.valueOf(line.book()));
        model.put("sequence", line == null ? "…" : String.valueOf(line.line()));
        model.put("sets", String.format(Locale.ROOT, "%02d", d.intake().sets()));
        model.put("returnAt", returnAt(d, unit));
        model.put("receiver", dossiers.history(d.code()).stream().filter(h -> h.action().equals("accept")).findFirst()
                .map(h -> fullName(h.actor())).orElse(""));
        return model;
    }

    /** Where the applicant chose to receive the result (Mẫu 01, item 6). */
    private static String returnAt(Dossier d, Unit unit) {
        Procedure.Channel chosen = d.intake().resultChannel();
        Procedure.Channel channel = chosen == null ? Procedure.Channel.COUNTER : chosen;
        return switch (channel) {
            case COUNTER -> "Bộ phận tiếp nhận và trả kết quả " + unit.name();
            case POSTAL -> "Qua dịch vụ bưu chính công ích, theo địa chỉ: "
                    + (d.applicant().address() == null ? "…………" : d.applicant().address());
            case ONLINE -> "Trực tuyến, trên Cổng dịch vụ công (bản điện tử có chữ ký số)";
        };
    }

    IssuingBody issuingBody(String unitCode) {
        return issuingBodies.of(unitCode);
    }

    /** The signature block of the official signing a paper of this body, as their position implies. */
    SignatureBlock block(String username) {
        return issuingBodies.signatureBlock(username, null);
    }

    private static String lowerFirst(String name) {
        return name.isEmpty() ? name : name.substring(0, 1).toLowerCase(VIETNAMESE) + name.substring(1);
    }

    Optional<String> unitOf(String username) {
        return organization.official(username).map(Official::unitCode);
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
