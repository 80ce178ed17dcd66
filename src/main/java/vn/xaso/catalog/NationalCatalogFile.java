package vn.xaso.catalog;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.xaso.api.InvalidInput;
import vn.xaso.catalog.Procedure.Channel;
import vn.xaso.catalog.Sheet.ToConfirm;

/**
 * The national catalog's commune-level procedures in the shape of {@code catalog/procedures.csv} (one row per
 * procedure, under its national code) and, keyed by the same code, {@code catalog/procedures_extra.csv} (the levels
 * that carry it out, the competent body, the publishing decision, doubts noted per row). See
 * {@code catalog/README.md} for where the rows come from. Each row becomes a procedure published under its national
 * code, keeping its provenance and what an administrator must still confirm.
 */
public final class NationalCatalogFile {

    static final String CHANNELS = "channels.missing";
    static final String DOUBT = "source.doubt";

    private static final Pattern DECISION = Pattern.compile("QĐ công bố:\\s*([^|]+?)\\s*(?:\\||$)");
    private static final Pattern BASIS = Pattern.compile("Căn cứ:\\s*(.+)$");

    private NationalCatalogFile() {
    }

    /** The demo's copy of the national data, shipped with xaso. */
    public static List<Procedure> shipped() {
        try (InputStream procedures = resource("catalog/procedures.csv"); InputStream extra = resource("catalog/procedures_extra.csv")) {
            return read(procedures, extra);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads the rows; {@code extra} may be null. A row without a national code or a name is refused, naming it. */
    public static List<Procedure> read(InputStream procedures, InputStream extra) throws IOException {
        List<Map<String, String>> rows = CsvRows.read(reader(procedures));
        Map<String, Map<String, String>> extras = new java.util.HashMap<>();
        if (extra != null) {
            for (Map<String, String> row : CsvRows.read(reader(extra))) {
                extras.put(row.getOrDefault("national_code", "").strip(), row);
            }
        }
        List<Procedure> read = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Map<String, String> row = rows.get(i);
            String code = value(row, "national_code");
            if (code.isEmpty() || value(row, "name").isEmpty() || value(row, "field").isEmpty()) {
                throw new InvalidInput("procedures[" + i + "]", "catalog.import.row", i + 2);
            }
            read.add(procedure(row, extras.getOrDefault(code, Map.of())));
        }
        return read;
    }

    private static Procedure procedure(Map<String, String> row, Map<String, String> extra) {
        TimeText.Reading time = TimeText.read(value(row, "processing_time"), value(row, "processing_time_checked"));
        FeeText.Reading fee = FeeText.read(value(row, "fee"));
        ComponentText.Reading components = ComponentText.read(value(row, "components"));
        List<ToConfirm> toConfirm = new ArrayList<>(time.toConfirm());
        toConfirm.addAll(fee.toConfirm());
        Set<Channel> channels = channels(value(row, "online"));
        if (channels.isEmpty()) {
            toConfirm.add(new ToConfirm(CHANNELS, value(row, "online"), false));
            channels = EnumSet.of(Channel.COUNTER);
        }
        if (!value(extra, "ghi_chu_v2").isEmpty()) {
            toConfirm.add(new ToConfirm(DOUBT, value(extra, "ghi_chu_v2"), false));
        }
        String legal = value(row, "legal_basis");
        Matcher decision = DECISION.matcher(legal);
        Matcher basis = BASIS.matcher(legal);
        String publishing = !value(extra, "so_quyet_dinh").isEmpty() ? value(extra, "so_quyet_dinh")
                : decision.find() ? decision.group(1) : null;
        String competent = !value(extra, "co_quan_co_tham_quyen").isEmpty() ? value(extra, "co_quan_co_tham_quyen")
                : blankToNull(value(extra, "co_quan_thuc_hien").replace("Không có thông tin", ""));
        String source = value(row, "source") + (value(extra, "detail_url").isEmpty() ? "" : " — " + value(extra, "detail_url"));
        Sheet sheet = new Sheet(time.times(), fee.fee(), components.notes(), blankToNull(value(extra, "cap_thuc_hien")),
                competent, basis.find() ? basis.group(1) : legal, publishing, source,
                blankToNull(value(row, "source_date")), toConfirm);
        String code = value(row, "national_code");
        boolean fullyOnline = value(row, "online_level").startsWith("Toàn trình");
        return new Procedure(code, 0, code, value(row, "name"), value(row, "field"), Procedure.Level.COMMUNE,
                time.counter(), fee.fee().amountFor(1), fullyOnline, channels, "", components.components(), null, null, sheet);
    }

    /** "kênh nộp theo nguồn: Trực tuyến; Dịch vụ bưu chính; Trực tiếp (…)". */
    private static Set<Channel> channels(String text) {
        Set<Channel> channels = EnumSet.noneOf(Channel.class);
        if (text.contains("Trực tuyến")) {
            channels.add(Channel.ONLINE);
        }
        if (text.contains("Trực tiếp")) {
            channels.add(Channel.COUNTER);
        }
        if (text.contains("bưu chính")) {
            channels.add(Channel.POSTAL);
        }
        return channels;
    }

    private static String value(Map<String, String> row, String column) {
        String value = row.get(column);
        return value == null ? "" : value.strip();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static BufferedReader reader(InputStream in) {
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    private static InputStream resource(String path) throws IOException {
        InputStream in = NationalCatalogFile.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IOException("missing resource " + path);
        }
        return in;
    }
}
