package vn.xaso.dossier.web;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import vn.xaso.catalog.Procedure.Channel;
import vn.xaso.dossier.ActionRequest;
import vn.xaso.organization.Organization;

/** What the action forms on the dossier page post; lists are typed one item per line. */
record ActionForm(String reason, String missing, List<String> components, String assignee, String summary,
        Boolean refusal, String comment, Channel channel, String toUnit, BigDecimal workingDays,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime newDueAt, Integer score, String method,
        Long amount, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) java.time.LocalDate supplementBy, String confirmation,
        Integer units, String exemption) {

    ActionRequest toRequest() {
        return new ActionRequest(blank(reason), lines(missing), components, blank(assignee), blank(summary), null, refusal,
                blank(comment), channel, blank(toUnit), workingDays,
                newDueAt == null ? null : newDueAt.atZone(Organization.ZONE).toOffsetDateTime(), score, blank(method), amount, supplementBy,
                blank(confirmation), units, blank(exemption));
    }

    private static List<String> lines(String text) {
        return text == null || text.isBlank() ? null
                : Arrays.stream(text.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
