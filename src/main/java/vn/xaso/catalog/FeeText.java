package vn.xaso.catalog;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.xaso.catalog.Fee.Exemption;
import vn.xaso.catalog.Fee.Kind;
import vn.xaso.catalog.Procedure.Channel;
import vn.xaso.catalog.Sheet.ToConfirm;

/**
 * The fee as the national catalog writes it, in free text: "Miễn phí", "Không thu", an amount ("70,000 VNĐ(70.000
 * đồng/Giấy chứng nhận)"), a rate per page with a lower rate from a page on and a cap per copy (chứng thực: TT
 * 226/2016/TT-BTC), per channel ("Trực tuyến: 10,000 … | Trực tiếp: 20,000 …": the lower online amount is a reduction
 * for online submission), and the exemptions it names ("Miễn lệ phí cho người thuộc hộ nghèo; …"). What it cannot
 * settle is left for an administrator to confirm, with the source's words: an amount the province's council sets
 * (the portal then writes "Miễn phí"), no information, several amounts by case, phí or lệ phí not said. None of these
 * blocks receipt; until confirmed the schedule read is used (free when no amount is given).
 */
final class FeeText {

    static final String TEXT = "fee.text";
    static final String PROVINCIAL = "fee.provincial";
    static final String CASES = "fee.cases";
    static final String KIND = "fee.kind";

    record Reading(Fee fee, List<ToConfirm> toConfirm) {
    }

    private static final Pattern SEGMENT = Pattern.compile("\\s*(?:(Trực tuyến|Trực tiếp|Dịch vụ bưu chính)\\s*:)?\\s*(.*)", Pattern.DOTALL);
    private static final Pattern AMOUNT = Pattern.compile("^([0-9][0-9.,]*)\\s*(VNĐ|Việt Nam Đồng|USD)");
    private static final Pattern MORE_AMOUNTS = Pattern.compile(";\\s*([0-9][0-9.,]*)\\s*VNĐ");
    private static final Pattern PER = Pattern.compile("\\(/\\s*(trang|bản)\\s*\\)");
    private static final Pattern REDUCED = Pattern.compile("từ trang thứ (\\d+) trở lên thu ([0-9.,]+) đồng/trang");
    private static final Pattern CAP = Pattern.compile("tối đa thu không quá ([0-9.,]+) đồng/bản");
    private static final Pattern EXEMPT = Pattern.compile("Miễn lệ phí (?:cho|đối với) ([^.)]+)");
    private static final Pattern PROVINCIAL_SETS = Pattern.compile(
            "(?i)hội đồng nhân dân|hđnd|theo quy định của luật phí|chưa quy định|theo mức thu");

    private FeeText() {
    }

    static Reading read(String text) {
        String source = text == null ? "" : text.strip();
        List<ToConfirm> toConfirm = new ArrayList<>();
        if (source.isEmpty() || source.startsWith("Không có thông tin") || source.startsWith("(Chưa nhập số tiền)")) {
            toConfirm.add(new ToConfirm(TEXT, source, false));
            return new Reading(Fee.FREE, toConfirm);
        }
        if (source.startsWith("Không thu")) {
            return new Reading(Fee.FREE, toConfirm);
        }
        Long counter = null;
        Long online = null;
        String counterSegment = null;
        boolean noInformation = false;
        for (String segment : source.split("\\s+\\|\\s+")) {
            Matcher m = SEGMENT.matcher(segment);
            if (!m.matches()) {
                continue;
            }
            String value = m.group(2).strip();
            Matcher amount = AMOUNT.matcher(value);
            if (!amount.find()) {
                noInformation |= value.startsWith("Không có thông tin");
                continue;
            }
            if (amount.group(2).equals("USD")) {
                continue; // paid at a representative agency abroad, not at a commune
            }
            long vnd = vnd(amount.group(1));
            if (vnd < 1000) {
                toConfirm.add(new ToConfirm(TEXT, source, false)); // no fee is that small: the source mistyped it
            }
            if ("Trực tuyến".equals(m.group(1))) {
                online = vnd;
            } else if (counter == null || "Trực tiếp".equals(m.group(1))) {
                counter = vnd;
                counterSegment = value;
            }
            if (MORE_AMOUNTS.matcher(value).find()) {
                toConfirm.add(new ToConfirm(CASES, source, false));
            }
        }
        List<Exemption> exemptions = exemptions(source);
        if (counter == null && online == null) {
            if (noInformation) {
                toConfirm.add(new ToConfirm(TEXT, source, false));
            } else if (PROVINCIAL_SETS.matcher(source).find()) {
                toConfirm.add(new ToConfirm(PROVINCIAL, source, false));
            }
            return new Reading(exemptions.isEmpty() ? Fee.FREE : new Fee(Kind.FREE, null, null, null, null, null, exemptions),
                    toConfirm);
        }
        if (counter == null) {
            counter = online;
            counterSegment = source;
        } else if (online != null && online < counter) {
            exemptions.add(0, new Exemption("Nộp hồ sơ trực tuyến", online, Channel.ONLINE));
        }
        Kind kind = kind(source);
        if (kind == null) {
            toConfirm.add(new ToConfirm(KIND, source, false));
            kind = Kind.LE_PHI;
        }
        Matcher per = PER.matcher(counterSegment);
        Matcher reduced = REDUCED.matcher(counterSegment);
        Matcher cap = CAP.matcher(counterSegment);
        boolean perUnit = per.find();
        boolean hasReduced = perUnit && reduced.find();
        return new Reading(new Fee(kind, counter, perUnit ? per.group(1) : null,
                hasReduced ? Integer.valueOf(reduced.group(1)) : null, hasReduced ? vnd(reduced.group(2)) : null,
                perUnit && cap.find() ? vnd(cap.group(1)) : null, exemptions), toConfirm);
    }

    /** Lệ phí (a state act) or phí (a service), as the text names it; null when it names neither. */
    private static Kind kind(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.contains("lệ phí")) {
            return Kind.LE_PHI;
        }
        return lower.contains("phí") ? Kind.PHI : null;
    }

    /** "70,000" and "115.000" are both seventy / a hundred and fifteen thousand đồng: the separators group thousands. */
    private static long vnd(String digits) {
        return Long.parseLong(digits.replaceAll("[.,]", ""));
    }

    private static List<Exemption> exemptions(String text) {
        Set<String> reasons = new LinkedHashSet<>();
        Matcher m = EXEMPT.matcher(text);
        while (m.find()) {
            for (String reason : m.group(1).split(";")) {
                String r = reason.strip();
                if (!r.isEmpty()) {
                    reasons.add(Character.toUpperCase(r.charAt(0)) + r.substring(1));
                }
            }
        }
        List<Exemption> exemptions = new ArrayList<>();
        reasons.forEach(reason -> exemptions.add(new Exemption(reason, 0, null)));
        return exemptions;
    }
}
