package vn.xaso.document;

/** The agency that issued an incoming document: its organ id on the exchange platform (when known) and its name. */
public record Origin(String organId, String name) {

    static final Origin NONE = new Origin(null, null);
}
