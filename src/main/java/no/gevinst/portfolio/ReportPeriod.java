package no.gevinst.portfolio;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import no.gevinst.shared.Violations;

/** The period a portfolio report covers, both days included. */
public record ReportPeriod(LocalDate from, LocalDate to) {

    /** The reports' days are Norwegian days. */

    /**
     * The period asked for, checked; blank dates default to the last full calendar quarter before today. Every report
     * reads its dates here, so that each refuses the same input with the same messages.
     */
    public static ReportPeriod of(String from, String to, LocalDate today) {
        LocalDate quarterStart = today.withDayOfMonth(1)
                .withMonth((today.getMonthValue() - 1) / 3 * 3 + 1)
                .minusMonths(3);
        Violations violations = new Violations();
        LocalDate start = date(from, "from", quarterStart, violations);
        LocalDate end = date(to, "to", quarterStart.plusMonths(3).minusDays(1), violations);
        if (start != null && end != null && start.isAfter(end)) {
            violations.add("from", "portfolio.report.from.afterTo");
        }
        violations.throwIfAny();
        return new ReportPeriod(start, end);
    }

    /** A calendar year, as the annual status reports it. */
    public static ReportPeriod year(int year) {
        return new ReportPeriod(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /** The day indicator states are read at: the period's end, or today if that lies ahead. */
    public LocalDate asOf(LocalDate today) {
        return to.isAfter(today) ? today : to;
    }

    public boolean overlaps(LocalDate start, LocalDate end) {
        return !end.isBefore(from) && !start.isAfter(to);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    private static LocalDate date(String text, String field, LocalDate fallback, Violations violations) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            violations.add(field, "portfolio.report.date.invalid", text.strip());
            return null;
        }
    }
}
