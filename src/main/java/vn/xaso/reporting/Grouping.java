package vn.xaso.reporting;

import java.util.Arrays;
import java.util.Locale;
import vn.xaso.api.InvalidInput;

/** How Biểu 06's rows are drawn up: by field (lĩnh vực), by unit, or by procedure. */
enum Grouping {
    FIELD("field"), UNIT("unit_code"), PROCEDURE("procedure_code");

    /** The column of the rollups and of the dossier facts that holds the row's key. */
    final String column;

    Grouping(String column) {
        this.column = column;
    }

    static Grouping of(String text) {
        if (text == null || text.isBlank()) {
            return FIELD;
        }
        return Arrays.stream(values()).filter(g -> g.name().equals(text.strip().toUpperCase(Locale.ROOT))).findFirst()
                .orElseThrow(() -> new InvalidInput("groupBy", "report.group-by"));
    }
}
