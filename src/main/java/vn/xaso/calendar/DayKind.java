package vn.xaso.calendar;

/** What a special day is: a statutory holiday, another day off (bridge or compensation), or a weekend day that is worked. */
public enum DayKind {
    HOLIDAY, DAY_OFF, WORKING_DAY;

    public boolean isOff() {
        return this != WORKING_DAY;
    }
}
