package no.gevinst.portfolio;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import no.gevinst.benefit.Benefit;
import no.gevinst.indicator.Indicator;
import no.gevinst.indicator.IndicatorStatus;
import no.gevinst.plan.Reminders;
import no.gevinst.programme.Phase;
import no.gevinst.shared.BenefitId;
import no.gevinst.shared.NorwegianTime;
import no.gevinst.shared.ProgrammeId;

/**
 * What the portfolio's reports are written from, collected once by {@link Reports#collect}: the steering
 * group report, the RHF board summary and Digdir's annual status all print these figures, so that they agree with each
 * other and with the dashboard.
 *
 * @param programme the one programme reported on, or null for every visible programme
 * @param asOf the day indicator states are read at: the period's end, or today if that lies ahead
 * @param dashboard the dashboard of what is reported on
 * @param perProgramme each programme counted, with its own dashboard; read when first asked for, since each costs a
 *     dashboard and only some reports print them
 * @param benefits the benefits counted, by id
 * @param indicators every indicator of the counted benefits with its state at {@code asOf}
 * @param deviations the measured indicators furthest behind their trajectory, largest first, with their causes
 * @param conflicts the double counts touching what is reported on, decided or not
 * @param approvals plan versions of the counted programmes awaiting the current user's approval
 * @param lateMeasures measures of the counted programmes past their deadline
 * @param flows the benefits flowing between organisations
 */
public record PortfolioReportData(
        ProgrammeId programme,
        ReportPeriod period,
        LocalDate today,
        LocalDate asOf,
        Dashboard dashboard,
        PerProgramme perProgramme,
        Map<BenefitId, Benefit> benefits,
        List<IndicatorRow> indicators,
        List<Deviation> deviations,
        List<ConflictStatus> conflicts,
        List<Reminders.Reminder> approvals,
        List<Reminders.Reminder> lateMeasures,
        FlowReport flows) {

    public PortfolioReportData {
        benefits = Map.copyOf(benefits);
        indicators = List.copyOf(indicators);
        deviations = List.copyOf(deviations);
        conflicts = List.copyOf(conflicts);
        approvals = List.copyOf(approvals);
        lateMeasures = List.copyOf(lateMeasures);
    }

    /** Each programme counted, with its own dashboard. */
    public List<ProgrammeFigures> programmes() {
        return perProgramme.figures();
    }

    /** The double counts nobody has decided on yet. */
    public List<ConflictStatus> unresolved() {
        return conflicts.stream().filter(c -> c.decision() == null).toList();
    }

    /** The double counts decided within the period: decisions a board hears of afterwards. */
    public List<ConflictStatus> decidedInPeriod() {
        return conflicts.stream()
                .filter(c -> c.decision() != null
                        && c.decision().decidedAt() != null
                        && period.contains(LocalDate.ofInstant(c.decision().decidedAt(), NorwegianTime.zone())))
                .toList();
    }

    /** The dashboard's year the period ends in; all zero (and no target) when nothing is priced that year. */
    public Dashboard.Year year() {
        return year(dashboard);
    }

    public static Dashboard.Year year(Dashboard dashboard, int year) {
        return dashboard.years().stream()
                .filter(y -> y.year() == year)
                .findFirst()
                .orElse(new Dashboard.Year(
                        year,
                        BigDecimal.ZERO,
                        BigDecimal.ZERO,
                        BigDecimal.ZERO,
                        BigDecimal.ZERO,
                        null,
                        false,
                        null,
                        null));
    }

    public Dashboard.Year year(Dashboard of) {
        return ReportFigures.year(of, period);
    }

    /** The benefit an indicator measures, by its code and title; a dash when it is not counted. */
    public String benefitName(Indicator indicator) {
        Benefit b = benefits.get(indicator.benefit());
        return b == null ? "–" : b.code() + " " + b.title();
    }

    /**
     * A programme counted.
     *
     * @param dashboard the programme's own dashboard
     */
    public record ProgrammeFigures(Dashboard.ProgrammeLine line, Phase phase, Dashboard dashboard) {}

    /**
     * The programmes' own figures, read once when first asked for, within the report's transaction: the board summary
     * prints them, while the steering group report and the annual status need not pay a dashboard per programme.
     */
    public static final class PerProgramme {

        private final Supplier<List<ProgrammeFigures>> reader;
        private List<ProgrammeFigures> figures;

        public PerProgramme(Supplier<List<ProgrammeFigures>> reader) {
            this.reader = reader;
        }

        public synchronized List<ProgrammeFigures> figures() {
            if (figures == null) {
                figures = List.copyOf(reader.get());
            }
            return figures;
        }
    }

    /** An indicator with its state at the period's end. */
    public record IndicatorRow(Indicator indicator, IndicatorStatus status) {}

    /** An indicator behind its trajectory, and why. */
    public record Deviation(IndicatorRow row, Cause cause) {}

    /**
     * Why an indicator is behind: the latest measurement comment up to the period's end, or else the reason for
     * change of the programme plan's latest version, or neither.
     *
     * @param measuredTo the end of the commented measurement's period; null unless {@code comment} is set
     * @param planVersion the plan version giving {@code reason}; null unless set
     */
    public record Cause(LocalDate measuredTo, String comment, Integer planVersion, String reason) {

        public static final Cause NONE = new Cause(null, null, null, null);

        public static Cause measured(LocalDate periodEnd, String comment) {
            return new Cause(periodEnd, comment, null, null);
        }

        public static Cause planned(int version, String reason) {
            return new Cause(null, null, version, reason);
        }
    }
}
