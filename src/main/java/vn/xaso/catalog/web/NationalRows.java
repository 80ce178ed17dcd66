package vn.xaso.catalog.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import vn.xaso.api.InvalidInput;
import vn.xaso.catalog.CatalogUpdate;
import vn.xaso.catalog.NationalCatalogFile;

/**
 * An update of the national catalog given as rows in the shape of {@code catalog/procedures.csv} (the shape the demo's
 * data comes in): each row a procedure under its national code; what the rows leave open comes in to be confirmed.
 */
final class NationalRows {

    /** Far more than the national catalog's commune-level procedures with all their texts (the demo's file: 1.4 MB). */
    static final int MAX_BYTES = 20 * 1024 * 1024;

    private NationalRows() {
    }

    static CatalogUpdate.Outcome apply(CatalogUpdate update, String decision, byte[] csv, String by) {
        if (decision == null || decision.isBlank() || decision.length() > 500) {
            throw new InvalidInput("decision", "catalog.import.decision");
        }
        if (csv.length > MAX_BYTES) {
            throw new InvalidInput("file", "catalog.import.too-large", MAX_BYTES / 1024 / 1024);
        }
        try {
            return update.apply(decision.strip(), NationalCatalogFile.read(new ByteArrayInputStream(csv), null), List.of(), by);
        } catch (IOException e) {
            throw new InvalidInput("file", "catalog.import.unreadable");
        }
    }
}
