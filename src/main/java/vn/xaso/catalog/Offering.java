package vn.xaso.catalog;

/**
 * What a unit does with a procedure (domain §2a): carries it out (it is the competent body), only receives it and
 * passes it on to the competent body (liên thông), or does not offer it. Without a choice of the province or the unit,
 * a commune carries out the procedures the national catalog gives to communes alone and receives the shared ones.
 */
public enum Offering {
    CARRY_OUT, RECEIVE_ONLY, NONE;

    static Offering byDefault(Sheet sheet) {
        return sheet.shared() ? RECEIVE_ONLY : CARRY_OUT;
    }
}
