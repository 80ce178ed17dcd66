package vn.xaso.audit;

/** The result of checking the audit chain: how many entries were checked and the first broken one, if any. */
public record ChainCheck(long checked, Long firstBrokenId, String problem) {

    public boolean intact() {
        return firstBrokenId == null;
    }
}
