package vn.xaso.organization;

/**
 * How an official signs for the body (thể thức ký, NĐ 30/2020 Phụ lục I): on behalf of the collective (TM.), as
 * deputy for the head (KT.), acting head (Q.), by order of the head (TL.) or by the head's authorisation (TUQ.).
 */
public enum Authority {
    TM("TM."), KT("KT."), Q("Q."), TL("TL."), TUQ("TUQ.");

    private final String prefix;

    Authority(String prefix) {
        this.prefix = prefix;
    }

    public String prefix() {
        return prefix;
    }
}
