package vn.xaso.organization;

/** The two levels of local government since 1/7/2025, plus the province's departments. */
public enum UnitLevel {
    PROVINCE, DEPARTMENT, COMMUNE
}
