package vn.xaso.calendar;

/** A date of the Vietnamese lunar calendar; {@code leap} marks the intercalary (nhuận) month. */
public record LunarDate(int year, int month, int day, boolean leap) {

    public LunarDate {
        if (month < 1 || month > 12 || day < 1 || day > 30) {
            throw new IllegalArgumentException("No such lunar date: " + day + "/" + month + "/" + year);
        }
    }

    @Override
    public String toString() {
        return day + "/" + month + (leap ? " nhuận" : "") + "/" + year;
    }
}
