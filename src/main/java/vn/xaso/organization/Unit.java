package vn.xaso.organization;

import java.time.LocalDate;
import java.util.List;

/**
 * An administrative unit. Units are never rewritten when they merge: the old one gets an end
 * date and a successor, the new one lists what it was formed from.
 */
public record Unit(String code, String name, UnitType type, String parentCode, String statCode,
        LocalDate validFrom, LocalDate validTo, String successorCode, List<Merger> mergedFrom, int version) {

    public UnitLevel level() {
        return type.level();
    }
}
