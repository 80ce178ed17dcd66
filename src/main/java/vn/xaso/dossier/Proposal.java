package vn.xaso.dossier;

/** The specialist's proposal to the leader: its summary, and whether it proposes to refuse. */
public record Proposal(String summary, boolean refusal) {

    static final Proposal NONE = new Proposal(null, false);
}
