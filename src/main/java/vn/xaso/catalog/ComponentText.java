package vn.xaso.catalog;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.xaso.catalog.Procedure.Component;
import vn.xaso.catalog.Procedure.CopyType;

/**
 * The components (thành phần hồ sơ) as the national catalog lists them: {@code "[heading] - name (1 bản chính, 1 bản
 * sao) | …"}. A heading says what the items under it are: papers to hand in ("Giấy tờ phải nộp"), papers only shown
 * for comparison ("Giấy tờ phải xuất trình", not kept), notes ("Lưu ý"), or one case among others ("Trường hợp ủy
 * quyền…": the officer chooses the cases that apply). An item with no copy to hand in (0 bản) is a note. An item is
 * required only when it stands in no case and names no condition of its own ("Trường hợp…", "nếu có"): the counter
 * officer reads every item, and an administrator may tighten a procedure by publishing a new version.
 */
final class ComponentText {

    record Reading(List<Component> components, List<String> notes) {
    }

    private static final Pattern ITEM = Pattern.compile("^(?:\\[([^\\]]*)]\\s*)?(.*?)\\s*(?:\\((\\d+) bản chính(?:, (\\d+) bản sao)?\\)|\\((\\d+) bản sao\\))?\\s*$",
            Pattern.DOTALL);
    private static final Pattern BULLET = Pattern.compile("^[-+*•]\\s*");
    private static final Pattern CONDITION = Pattern.compile(
            "^(?:\\(?[a-zđ0-9ivx.]{1,5}[).]\\s*)?(?:trường hợp|đối với|nếu|trong trường hợp)|\\(?nếu có\\)?");
    /** Component names identify them in a dossier (what was handed in, what is missing): short, unique, ≤ 500. */
    private static final int MAX_NAME = 480;
    private static final int SHORT_NAME = 200;
    private static final Pattern CLAUSE_END = Pattern.compile("[.;:](\\s|$)");

    private ComponentText() {
    }

    static Reading read(String text) {
        List<Component> components = new ArrayList<>();
        Set<String> notes = new LinkedHashSet<>();
        Set<String> seen = new LinkedHashSet<>();
        if (text == null || text.isBlank()) {
            return new Reading(components, List.of());
        }
        for (String part : text.split("\\s+\\|\\s+")) {
            Matcher m = ITEM.matcher(part.strip());
            if (!m.matches()) {
                continue;
            }
            String heading = m.group(1) == null ? null : m.group(1).strip();
            String name = BULLET.matcher(m.group(2).strip()).replaceFirst("").strip();
            if (name.isEmpty()) {
                continue;
            }
            boolean counted = m.group(3) != null || m.group(5) != null;
            int originals = counted ? number(m.group(3)) : 1; // the source does not say: one, original or copy
            int copies = counted ? (m.group(5) != null ? number(m.group(5)) : number(m.group(4))) : 1;
            if (isNote(heading) || originals + copies == 0) {
                notes.add(name);
                continue;
            }
            String shortName = shortName(name);
            if (!seen.add(shortName)) {
                shortName = truncate(name, MAX_NAME);
                if (!seen.add(shortName)) {
                    continue; // the source repeats an item now and then
                }
            }
            CopyType copyType = originals > 0 && copies > 0 ? CopyType.ORIGINAL_OR_COPY : originals > 0 ? CopyType.ORIGINAL : CopyType.COPY;
            boolean presentOnly = heading != null && isPresentOnly(heading);
            boolean inCase = heading != null && isCase(heading);
            boolean required = !presentOnly && !inCase && !CONDITION.matcher(name.toLowerCase(Locale.ROOT)).find();
            components.add(new Component(shortName, copyType, Math.max(originals, copies), required,
                    inCase ? truncate(heading, MAX_NAME) : null, presentOnly, shortName.equals(name) ? null : name));
        }
        return new Reading(components, List.copyOf(notes));
    }

    private static boolean isNote(String heading) {
        return heading != null && heading.toLowerCase(Locale.ROOT).startsWith("lưu ý");
    }

    private static boolean isPresentOnly(String heading) {
        String h = heading.toLowerCase(Locale.ROOT);
        return h.contains("xuất trình") && !h.contains("nộp") && !h.contains("gửi");
    }

    /** A heading naming one case among others: "Trường hợp…", "Đối với…", "a) …", "(1.1) …". */
    private static boolean isCase(String heading) {
        String h = heading.toLowerCase(Locale.ROOT);
        return h.contains("trường hợp") || h.startsWith("đối với") || h.matches("^\\(?[a-z0-9ivx.]{1,5}[).].*");
    }

    private static int number(String digits) {
        return digits == null ? 0 : Integer.parseInt(digits);
    }

    /** The item's first clause ("Giấy chứng sinh; trường hợp không có…" → "Giấy chứng sinh"), at most a line or two. */
    private static String shortName(String text) {
        Matcher end = CLAUSE_END.matcher(text);
        String clause = end.find() && end.start() >= 10 ? text.substring(0, end.start()) : text;
        return truncate(clause, SHORT_NAME);
    }

    private static String truncate(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int cut = text.lastIndexOf(' ', max - 1);
        return text.substring(0, cut > max / 2 ? cut : max - 1) + "…";
    }
}
