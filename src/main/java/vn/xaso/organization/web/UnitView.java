package vn.xaso.organization.web;

import java.time.LocalDate;
import java.util.List;
import vn.xaso.organization.Merger;
import vn.xaso.organization.Unit;
import vn.xaso.organization.UnitLevel;
import vn.xaso.organization.UnitType;

/** A unit as the API shows it: {@code parent} and {@code successor} are unit codes. */
record UnitView(String code, String name, UnitLevel level, UnitType type, String parent, String statCode,
        LocalDate validFrom, LocalDate validTo, String successor, List<Merger> mergedFrom, int version) {

    static UnitView of(Unit unit) {
        return new UnitView(unit.code(), unit.name(), unit.level(), unit.type(), unit.parentCode(), unit.statCode(),
                unit.validFrom(), unit.validTo(), unit.successorCode(), unit.mergedFrom(), unit.version());
    }
}
