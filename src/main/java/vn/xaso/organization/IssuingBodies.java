package vn.xaso.organization;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.xaso.api.InvalidInput;
import vn.xaso.audit.AuditEvent;
import vn.xaso.organization.IssuingBody.Department;

/**
 * Who issues a unit's papers and how its officials sign them. People's committees (province, communes, wards) are
 * collective bodies: {@code ỦY BAN NHÂN DÂN XÃ BÌNH AN}, symbols {@code …-UBND}, signed {@code TM. ỦY BAN NHÂN DÂN}
 * by the chairman or {@code KT. CHỦ TỊCH} by a vice-chairman; a department prints its governing committee above its
 * name and signs by its director. Administrators may override each default.
 */
@Service
public class IssuingBodies {

    private static final Set<UnitType> COMMITTEES = EnumSet.of(UnitType.PROVINCE, UnitType.CITY, UnitType.COMMUNE,
            UnitType.WARD, UnitType.SPECIAL_ZONE, UnitType.TOWNSHIP);
    private static final String COMMITTEE = "ỦY BAN NHÂN DÂN";
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final Organization organization;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    IssuingBodies(Organization organization, JdbcClient jdbc, ApplicationEventPublisher events) {
        this.organization = organization;
        this.jdbc = jdbc;
        this.events = events;
    }

    /** What the administrator sets; a null or blank part returns to the default. */
    public record Settings(String abbreviation, String governingName, String headTitle, List<Department> departments) {
    }

    public IssuingBody of(String unitCode) {
        Unit unit = organization.requireUnit(unitCode);
        boolean committee = COMMITTEES.contains(unit.type());
        Settings own = jdbc.sql("select issuer_abbreviation, governing_name, head_title from unit where code = ?")
                .param(unitCode).query((rs, row) -> new Settings(rs.getString(1), rs.getString(2), rs.getString(3), null))
                .single();
        List<Department> departments = jdbc.sql("select code, name from unit_department where unit_code = ? order by code = 'VP' desc, code")
                .param(unitCode).query((rs, row) -> new Department(rs.getString(1), rs.getString(2))).list();
        if (departments.isEmpty()) {
            departments = List.of(committee ? new Department("VP", "Văn phòng HĐND và UBND") : new Department("VP", "Văn phòng"));
        }
        String name = upper(committee ? COMMITTEE + " " + unit.name() : unit.name());
        String governing = own.governingName() != null ? own.governingName()
                : committee ? null : organization.unit(unit.parentCode()).map(p -> upper(COMMITTEE + " " + p.name())).orElse(null);
        String abbreviation = own.abbreviation() != null ? own.abbreviation() : committee ? "UBND" : initials(unit.name());
        String head = own.headTitle() != null ? own.headTitle() : committee ? "CHỦ TỊCH" : "GIÁM ĐỐC";
        return new IssuingBody(unitCode, name, governing, abbreviation, head, committee, departments);
    }

    @Transactional
    public IssuingBody set(String unitCode, Settings settings) {
        IssuingBody before = of(unitCode);
        String abbreviation = blank(settings.abbreviation());
        if (abbreviation != null && !abbreviation.matches("[A-ZĐ0-9]{1,20}")) {
            throw new InvalidInput("abbreviation", "organization.issuer.abbreviation");
        }
        jdbc.sql("update unit set issuer_abbreviation = ?, governing_name = ?, head_title = ? where code = ?")
                .params(abbreviation, upperOrNull(settings.governingName()), upperOrNull(settings.headTitle()), unitCode).update();
        if (settings.departments() != null) {
            jdbc.sql("delete from unit_department where unit_code = ?").param(unitCode).update();
            for (int i = 0; i < settings.departments().size(); i++) {
                Department d = settings.departments().get(i);
                String code = blank(d.code());
                if (code == null || !code.matches("[A-ZĐ0-9]{1,10}") || blank(d.name()) == null) {
                    throw new InvalidInput("departments[" + i + "]", "organization.issuer.department");
                }
                jdbc.sql("insert into unit_department (unit_code, code, name) values (?, ?, ?) on conflict do nothing")
                        .params(unitCode, code, d.name().strip()).update();
            }
        }
        IssuingBody after = of(unitCode);
        events.publishEvent(AuditEvent.of("organization.issuing-body-set", unitCode, "unit", unitCode, before.toString(),
                after.toString()));
        return after;
    }

    /**
     * How the official signs with {@code authority} (null: for a committee "TM.", a deputy adding "KT. CHỦ TỊCH";
     * elsewhere the head directly, a deputy "KT."), with their position from their title ({@code Phó Chủ tịch UBND}).
     */
    public SignatureBlock signatureBlock(String username, Authority authority) {
        Official official = organization.official(username)
                .orElseThrow(() -> new InvalidInput("signer", "organization.official.unknown"));
        IssuingBody body = of(official.unitCode());
        String position = position(official.title());
        boolean head = position.equals(body.headTitle()) || position.isEmpty();
        Authority as = authority != null ? authority : body.collective() ? Authority.TM : (head ? null : Authority.KT);
        String holder = position.isEmpty() ? body.headTitle() : position;
        List<String> lines = new ArrayList<>();
        if (as == null) {
            lines.add(holder);
        } else {
            switch (as) {
                case TM -> {
                    lines.add(Authority.TM.prefix() + " " + (body.collective() ? COMMITTEE : body.name()));
                    if (!head) {
                        lines.add(Authority.KT.prefix() + " " + body.headTitle());
                    }
                    lines.add(holder);
                }
                case Q -> lines.add(Authority.Q.prefix() + " " + body.headTitle());
                default -> {
                    lines.add(as.prefix() + " " + body.headTitle());
                    lines.add(holder);
                }
            }
        }
        String competence = String.join(", ", lines.size() == 1 ? lines : lines.subList(0, lines.size() - 1));
        return new SignatureBlock(as, List.copyOf(lines), as == null ? "" : competence, holder, official.fullName());
    }

    /** {@code Phó Chủ tịch UBND} → {@code PHÓ CHỦ TỊCH}: the title without the body's name, in capitals. */
    static String position(String title) {
        if (title == null || title.isBlank()) {
            return "";
        }
        return upper(title.strip().replaceFirst("(?iu)\\s+(UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\\b.*$", ""));
    }

    /** {@code Sở Nội vụ} → {@code SNV}. */
    static String initials(String name) {
        StringBuilder out = new StringBuilder();
        for (String word : name.strip().split("\\s+")) {
            String plain = Normalizer.normalize(word, Normalizer.Form.NFD).replaceAll("\\p{M}", "").replace('đ', 'd').replace('Đ', 'D');
            if (!plain.isEmpty() && Character.isLetter(plain.charAt(0))) {
                out.append(Character.toUpperCase(plain.charAt(0)));
            }
        }
        return out.length() == 0 ? "UBND" : out.toString();
    }

    private static String upper(String text) {
        return text.toUpperCase(VIETNAMESE);
    }

    private static String upperOrNull(String text) {
        String value = blank(text);
        return value == null ? null : upper(value);
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
