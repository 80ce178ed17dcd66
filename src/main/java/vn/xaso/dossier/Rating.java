package vn.xaso.dossier;

/** The applicant's rating of how the dossier was handled (1–5) and their comment. */
public record Rating(int score, String comment) {
}
