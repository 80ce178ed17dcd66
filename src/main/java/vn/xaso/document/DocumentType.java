package vn.xaso.document;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/**
 * Kinds of administrative documents (NĐ 30/2020, Phụ lục III) with the abbreviation used in their symbol
 * ({@code 05/QĐ-UBND}); a công văn has none: its symbol is the issuing body and the drafting unit ({@code UBND-VP}).
 */
public enum DocumentType {
    NQ("NQ", "Nghị quyết"),
    QD("QĐ", "Quyết định"),
    CT("CT", "Chỉ thị"),
    QC("QC", "Quy chế"),
    TB("TB", "Thông báo"),
    HD("HD", "Hướng dẫn"),
    KH("KH", "Kế hoạch"),
    BC("BC", "Báo cáo"),
    BB("BB", "Biên bản"),
    TTR("TTr", "Tờ trình"),
    GM("GM", "Giấy mời"),
    GGT("GGT", "Giấy giới thiệu"),
    CV("", "Công văn");

    private final String abbreviation;
    private final String displayName;

    DocumentType(String abbreviation, String displayName) {
        this.abbreviation = abbreviation;
        this.displayName = displayName;
    }

    public String abbreviation() {
        return abbreviation;
    }

    public String displayName() {
        return displayName;
    }

    /** The symbol after the number: {@code QĐ-UBND}, or {@code UBND-VP} for a công văn. */
    public String notation(String issuingBody, String draftingUnit) {
        return this == CV ? issuingBody + "-" + draftingUnit : abbreviation + "-" + issuingBody;
    }

    /** By code, with or without diacritics and in any case: {@code QD}, {@code QĐ}, {@code qđ}, {@code TTr}. */
    public static Optional<DocumentType> parse(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        String key = plain(code);
        for (DocumentType type : values()) {
            if (type.name().equals(key) || plain(type.abbreviation).equals(key) && !type.abbreviation.isEmpty()) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    static String plain(String text) {
        String decomposed = Normalizer.normalize(text.strip().replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}", "").toUpperCase(Locale.ROOT);
    }
}
