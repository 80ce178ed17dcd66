package vn.xaso.organization;

/** What a person may do on the platform; officials hold one or more roles in their unit. */
public enum Role {
    /** Cán bộ một cửa: receives dossiers and returns results at the counter. */
    COUNTER,
    /** Chuyên viên thụ lý: examines dossiers and drafts results and documents. */
    SPECIALIST,
    /** Lãnh đạo: assigns work, approves and signs. */
    LEADER,
    /** Văn thư: registers, numbers and issues official documents. */
    CLERK,
    /** Quản trị đơn vị: manages the officials of their own unit. */
    UNIT_ADMIN,
    /** Quản trị tỉnh: manages units and officials of the whole province. */
    PROVINCE_ADMIN,
    /** Cán bộ theo dõi: reads everything in the province, changes nothing. */
    MONITOR,
    /** Công dân / tổ chức: submits and follows their own dossiers on the portal. */
    CITIZEN,
    /**
     * Cổng Dịch vụ công quốc gia: the national portal's own account (through the integration platform), the only one
     * that hands in the dossiers submitted there. No person holds it.
     */
    PORTAL,
    /** A metrics collector's system account (Prometheus): reads {@code /actuator/prometheus}, nothing else. */
    METRICS;
}
