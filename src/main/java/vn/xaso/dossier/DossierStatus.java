package vn.xaso.dossier;

/** Where a dossier stands, with the national public-service portal's status code (0–10). */
public enum DossierStatus {
    SUBMITTED(1), RECEIVED(2), REFUSED(3), PROCESSING(4), WAITING_SUPPLEMENT(5), WAITING_PAYMENT(6), WITHDRAWN(7),
    STOPPED(8), DONE(9), RETURNED(10), TRANSFERRED(0);

    private final int portalCode;

    DossierStatus(int portalCode) {
        this.portalCode = portalCode;
    }

    public int portalCode() {
        return portalCode;
    }

    /** Received and not yet finished: the clock runs, stands still or runs at another unit. */
    public boolean inProgress() {
        return this == RECEIVED || this == PROCESSING || this == WAITING_SUPPLEMENT || this == TRANSFERRED;
    }

    /** Nothing more happens to the dossier (but a returned one can still be rated). */
    public boolean isClosed() {
        return this == REFUSED || this == WITHDRAWN || this == STOPPED || this == RETURNED;
    }
}
