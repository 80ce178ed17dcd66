package vn.xaso.catalog;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The names people use for common procedures, which the catalog's names do not contain ("làm giấy khai sinh",
 * "giấy xác nhận độc thân", "sổ đỏ", "nhập hộ khẩu"): {@code catalog/folk-names.csv}, kept by xaso's team (code,
 * phrase), read once. Search matches them like the procedure's own name.
 */
@Component
class FolkNames {

    private final Map<String, List<String>> byCode;

    FolkNames() {
        this.byCode = read();
    }

    /** Every procedure's folk names, by national code (or xaso's own code). */
    Map<String, List<String>> all() {
        return byCode;
    }

    private static Map<String, List<String>> read() {
        InputStream in = FolkNames.class.getClassLoader().getResourceAsStream("catalog/folk-names.csv");
        if (in == null) {
            return Map.of();
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            Map<String, List<String>> names = new LinkedHashMap<>();
            for (Map<String, String> row : CsvRows.read(reader)) {
                String code = row.getOrDefault("code", "").strip();
                String phrase = row.getOrDefault("phrase", "").strip();
                if (!code.isEmpty() && !phrase.isEmpty()) {
                    names.computeIfAbsent(code, c -> new ArrayList<>()).add(phrase);
                }
            }
            return Map.copyOf(names);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
