package vn.xaso.dossier;

/**
 * "Once only" for supplements (NĐ 118/2025): before receipt a request means the dossier is not received and no
 * clock runs; after receipt the clock stops, every request counts, and a second one makes the dossier late.
 */
final class SupplementPolicy {

    private SupplementPolicy() {
    }

    /** What a request for a supplement does to a dossier in {@code status} that was asked {@code count} times. */
    static Decision request(DossierStatus status, int count) {
        if (status == DossierStatus.SUBMITTED) {
            return new Decision(false, count, false);
        }
        int requests = count + 1;
        return new Decision(true, requests, requests > 1);
    }

    /**
     * @param stopsClock the working-day clock pauses while the applicant supplements
     * @param count      the requests after receipt, this one included
     * @param makesLate  this request breaks "once only": the dossier counts as late
     */
    record Decision(boolean stopsClock, int count, boolean makesLate) {
    }
}
