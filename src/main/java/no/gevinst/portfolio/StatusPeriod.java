package no.gevinst.portfolio;

import java.time.LocalDate;
import no.gevinst.shared.Violations;

/**
 * A tertial (January–April, May–August, September–December) or a year, as the health trusts report to their owner.
 *
 * @param tertial 1 to 3; 0 for the whole year
 */
public record StatusPeriod(int year, int tertial, ReportPeriod span) {

    /** What a link or the form gives: T1, T2, T3 or YEAR (blank: the last tertial ended), and a year of 2000–2100. */
    public static StatusPeriod of(String period, String year, LocalDate today) {
        Violations violations = new Violations();
        int tertial = -1;
        String p = period == null ? "" : period.strip().toUpperCase(java.util.Locale.ROOT);
        LocalDate lastEnded = today.withDayOfMonth(1).minusMonths((today.getMonthValue() - 1) % 4 + 1);
        int defaultYear = p.isEmpty() ? lastEnded.getYear() : today.getYear();
        switch (p) {
            case "" -> tertial = (lastEnded.getMonthValue() - 1) / 4 + 1;
            case "T1", "T2", "T3" -> tertial = p.charAt(1) - '0';
            case "YEAR" -> tertial = 0;
            default -> violations.add("period", "portfolio.organisation.period.invalid", p);
        }
        int y = defaultYear;
        if (year != null && !year.isBlank()) {
            String text = year.strip();
            if (!text.matches("\\d{4}") || Integer.parseInt(text) < 2000 || Integer.parseInt(text) > 2100) {
                violations.add("year", "portfolio.organisation.year.invalid", text);
            } else {
                y = Integer.parseInt(text);
            }
        }
        violations.throwIfAny();
        if (tertial == 0) {
            return new StatusPeriod(y, 0, ReportPeriod.year(y));
        }
        LocalDate from = LocalDate.of(y, (tertial - 1) * 4 + 1, 1);
        return new StatusPeriod(
                y, tertial, new ReportPeriod(from, from.plusMonths(4).minusDays(1)));
    }

    /** The code a link carries: T1, T2, T3 or YEAR. */
    public String code() {
        return tertial == 0 ? "YEAR" : "T" + tertial;
    }

    public boolean annual() {
        return tertial == 0;
    }
}
