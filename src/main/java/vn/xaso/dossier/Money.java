package vn.xaso.dossier;

/** Amounts of money as Vietnamese papers write them: in figures ({@code 100.000}) and in words ("Một trăm nghìn đồng"). */
public final class Money {

    private static final String[] DIGITS = {"không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"};
    private static final String[] GROUPS = {"", " nghìn", " triệu", " tỷ", " nghìn tỷ", " triệu tỷ"};

    private Money() {
    }

    public static String figures(long amount) {
        return String.format(java.util.Locale.GERMANY, "%,d", amount);
    }

    /** The amount in words, with a capital first letter and "đồng": 1.250.000 → "Một triệu hai trăm năm mươi nghìn đồng". */
    public static String words(long amount) {
        if (amount == 0) {
            return "Không đồng";
        }
        StringBuilder words = new StringBuilder();
        long rest = amount;
        int group = 0;
        while (rest > 0) {
            int three = (int) (rest % 1000);
            rest /= 1000;
            if (three > 0) {
                String read = group(three, rest > 0) + GROUPS[group];
                words.insert(0, words.length() == 0 ? read : read + " ");
            }
            group++;
        }
        String text = words.toString().strip();
        return Character.toUpperCase(text.charAt(0)) + text.substring(1) + " đồng";
    }

    /** Three digits; {@code full} when a higher group precedes them (then "không trăm" and "linh" are read). */
    private static String group(int three, boolean full) {
        int hundreds = three / 100;
        int tens = three / 10 % 10;
        int ones = three % 10;
        StringBuilder out = new StringBuilder();
        if (hundreds > 0 || full) {
            out.append(DIGITS[hundreds]).append(" trăm");
        }
        if (tens == 0) {
            if (ones > 0) {
                out.append(out.length() > 0 ? " linh " : "").append(DIGITS[ones]);
            }
        } else {
            out.append(out.length() > 0 ? " " : "").append(tens == 1 ? "mười" : DIGITS[tens] + " mươi");
            if (ones == 1 && tens > 1) {
                out.append(" mốt");
            } else if (ones == 4 && tens > 1) {
                out.append(" tư");
            } else if (ones == 5) {
                out.append(" lăm");
            } else if (ones > 0) {
                out.append(' ').append(DIGITS[ones]);
            }
        }
        return out.toString();
    }
}
