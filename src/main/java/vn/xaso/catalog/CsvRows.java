package vn.xaso.catalog;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Rows of a CSV file (RFC 4180: quoted fields may hold commas, quotes doubled, line breaks), keyed by its header. */
final class CsvRows {

    private CsvRows() {
    }

    static List<Map<String, String>> read(Reader in) throws IOException {
        List<List<String>> records = records(in);
        if (records.isEmpty()) {
            return List.of();
        }
        List<String> header = records.get(0);
        List<Map<String, String>> rows = new ArrayList<>();
        for (List<String> record : records.subList(1, records.size())) {
            if (record.size() == 1 && record.get(0).isEmpty()) {
                continue;
            }
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i).strip(), i < record.size() ? record.get(i) : "");
            }
            rows.add(row);
        }
        return rows;
    }

    private static List<List<String>> records(Reader in) throws IOException {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int c;
        while ((c = in.read()) != -1) {
            if (quoted) {
                if (c == '"') {
                    in.mark(1);
                    if (in.read() == '"') {
                        field.append('"');
                    } else {
                        in.reset();
                        quoted = false;
                    }
                } else {
                    field.append((char) c);
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\n') {
                record.add(stripReturn(field));
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
            } else {
                field.append((char) c);
            }
        }
        if (!field.isEmpty() || !record.isEmpty()) {
            record.add(stripReturn(field));
            records.add(record);
        }
        return records;
    }

    private static String stripReturn(StringBuilder field) {
        int end = field.length();
        return end > 0 && field.charAt(end - 1) == '\r' ? field.substring(0, end - 1) : field.toString();
    }
}
