package vn.xaso.reporting;

/**
 * What Decision 766 asks of the dossiers resolved in a period beyond Biểu 06: results ready, and of them issued as
 * signed electronic papers; dossiers with a component scanned; ratings, and of them the good ones (4 or 5 of 5); and of
 * the dossiers received, those the national portal has ({@code synced}), those with a fee ({@code feeBearing}) and
 * of them those paid online ({@code paidOnline}).
 */
record Quality(long done, long resultsSigned, long scanned, long rated, long satisfied, long synced, long feeBearing,
        long paidOnline) {

    static final Quality NONE = new Quality(0, 0, 0, 0, 0, 0, 0, 0);

    Quality plus(Quality o) {
        return new Quality(done + o.done, resultsSigned + o.resultsSigned, scanned + o.scanned, rated + o.rated,
                satisfied + o.satisfied, synced + o.synced, feeBearing + o.feeBearing, paidOnline + o.paidOnline);
    }
}
