package vn.xaso.dossier;

import java.util.List;

/**
 * Supplement requests: how many came after receipt, whether "once only" was broken (the dossier counts as late),
 * and while one is open the status to go back to and what is missing.
 */
public record Supplements(int count, boolean late, DossierStatus resumeTo, List<String> missing) {

    static final Supplements NONE = new Supplements(0, false, null, List.of());

    public Supplements {
        missing = List.copyOf(missing);
    }

    Supplements requested(DossierStatus from, SupplementPolicy.Decision decision, List<String> missing) {
        return new Supplements(decision.count(), late || decision.makesLate(), from, missing);
    }

    Supplements supplied() {
        return new Supplements(count, late, null, List.of());
    }

    DossierStatus resumeStatus() {
        return resumeTo == null ? DossierStatus.PROCESSING : resumeTo;
    }
}
