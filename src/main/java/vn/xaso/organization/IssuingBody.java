package vn.xaso.organization;

import java.util.List;

/**
 * A unit as the issuer of papers: its name as the header prints it, the governing body's line above it (null for a
 * people's committee, which heads its own papers), the abbreviation its symbols carry ({@code QĐ-UBND}), the title
 * of its head ({@code CHỦ TỊCH}) and its drafting departments ({@code UBND-VP}).
 */
public record IssuingBody(String unitCode, String name, String governingName, String abbreviation, String headTitle,
        boolean collective, List<Department> departments) {

    /** A drafting department of the unit (đơn vị soạn thảo), e.g. {@code VP} — Văn phòng HĐND và UBND. */
    public record Department(String code, String name) {
    }

    /** The department a công văn symbol names: the one asked for if the unit has it, else the first (the office). */
    public Department department(String code) {
        return departments.stream().filter(d -> d.code().equalsIgnoreCase(code == null ? "" : code.strip())).findFirst()
                .orElse(departments.get(0));
    }
}
