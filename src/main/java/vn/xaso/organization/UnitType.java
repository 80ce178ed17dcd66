package vn.xaso.organization;

/** The kind of an administrative unit, and the level of government it belongs to. */
public enum UnitType {
    PROVINCE(UnitLevel.PROVINCE),
    CITY(UnitLevel.PROVINCE),
    DEPARTMENT(UnitLevel.DEPARTMENT),
    COMMUNE(UnitLevel.COMMUNE),
    WARD(UnitLevel.COMMUNE),
    SPECIAL_ZONE(UnitLevel.COMMUNE),
    TOWNSHIP(UnitLevel.COMMUNE);

    private final UnitLevel level;

    UnitType(UnitLevel level) {
        this.level = level;
    }

    public UnitLevel level() {
        return level;
    }
}
