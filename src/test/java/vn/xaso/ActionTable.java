package vn.xaso;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A table of who may take which action in which situation, as the matrix tests write it: one row per action and
 * person, one cell per situation — A allowed, - not now (409), x never for this person (403).
 */
public final class ActionTable {

    private ActionTable() {
    }

    /** The cells, keyed "action person situation". */
    public static Map<String, String> parse(String rows, List<String> situations) {
        Map<String, String> cells = new LinkedHashMap<>();
        for (String line : rows.strip().split("\n")) {
            String[] words = line.trim().split("\\s+");
            assertThat(words).as(line).hasSize(situations.size() + 2);
            for (int i = 0; i < situations.size(); i++) {
                cells.put(words[0] + " " + words[1] + " " + situations.get(i), words[i + 2]);
            }
        }
        return cells;
    }

    /** The cell a verdict (ALLOWED, NOT_NOW, FORBIDDEN) is written as. */
    public static String cell(Enum<?> verdict) {
        return switch (verdict.name()) {
            case "ALLOWED" -> "A";
            case "NOT_NOW" -> "-";
            default -> "x";
        };
    }
}
