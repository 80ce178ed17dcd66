package vn.xaso.reporting.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.xaso.reporting.MonthFigures;

/**
 * The 12-month trend drawn on the server as SVG (nothing loaded from elsewhere): a bar per month for the dossiers
 * received, and a line for the share resolved on time (early or on the due day), in a 720 × 240 view box that
 * scales to any screen.
 */
public record TrendChart(List<Bar> bars, String line, List<Point> points, long maxReceived) {

    static final int WIDTH = 720;
    static final int HEIGHT = 240;
    private static final int LEFT = 44;
    private static final int RIGHT = 44;
    private static final int TOP = 16;
    private static final int BOTTOM = 36;

    /** One month: its bar, its label, and its figures (for the table beside the chart). */
    public record Bar(double x, double y, double width, double height, String label, long received, Double onTime) {
    }

    /** Where the on-time line passes in a month. */
    public record Point(double x, double y, String text) {
    }

    static TrendChart of(List<MonthFigures> months) {
        long max = Math.max(1, months.stream().mapToLong(MonthFigures::received).max().orElse(1));
        double plotWidth = WIDTH - LEFT - RIGHT;
        double plotHeight = HEIGHT - TOP - BOTTOM;
        double slot = months.isEmpty() ? plotWidth : plotWidth / months.size();
        List<Bar> bars = new ArrayList<>();
        List<Point> points = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < months.size(); i++) {
            MonthFigures m = months.get(i);
            double height = plotHeight * m.received() / max;
            double x = LEFT + i * slot + slot * 0.15;
            long resolved = m.early() + m.onTime() + m.late();
            Double onTime = resolved == 0 ? null : (double) (m.early() + m.onTime()) / resolved;
            bars.add(new Bar(round(x), round(TOP + plotHeight - height), round(slot * 0.7), round(height),
                    String.format(Locale.ROOT, "%02d/%02d", m.month().getMonthValue(), m.month().getYear() % 100),
                    m.received(), onTime));
            if (onTime != null) {
                double px = round(LEFT + i * slot + slot / 2);
                double py = round(TOP + plotHeight * (1 - onTime));
                line.append(line.isEmpty() ? "M" : " L").append(px).append(' ').append(py);
                points.add(new Point(px, py, Math.round(onTime * 100) + "%"));
            }
        }
        return new TrendChart(bars, line.toString(), points, max);
    }

    /** The y of the bottom axis, for the template. */
    public int axisY() {
        return HEIGHT - BOTTOM;
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
