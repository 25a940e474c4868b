package no.gevinst.portfolio;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import no.gevinst.indicator.Direction;
import no.gevinst.shared.BenefitId;
import no.gevinst.shared.IndicatorId;
import no.gevinst.shared.ProgrammeId;

/**
 * The realised kroner of one year, with every benefit counted and the figures each was computed from.
 *
 * <p>A priced benefit's realised value in a year is its forecast value in that year (its programme's valuation)
 * times its achievement in that year. An indicator's achievement is (actual − baseline) / (final target − baseline)
 * as the indicator module computes it, in the indicator's direction, the actual being the value of the latest
 * period that ends in the year; it is clamped to 0–100 %, since the valuation prices reaching the target and no
 * more, and a move the wrong way realises nothing. A benefit's achievement is the mean of the clamped achievements
 * of those of its quantitative indicators with a baseline and targets that were measured in the year. A benefit
 * with no such measurement in the year realises nothing and is not counted: the year is "not measured" for it.
 * Only years up to the current one are reckoned. The realised kroner of a benefit that crosses organisations are
 * unsigned unless every benefiting party has signed off every period used.
 *
 * @param selected the programme asked for, or null for every visible programme
 * @param measured some priced benefit was measured in the year; when false, total is not a figure but "not measured"
 * @param total the sum of the benefits' realised values
 * @param unsigned the part of the total not yet signed off by the benefiting parties
 */
public record Realised(
        ProgrammeId selected,
        int year,
        boolean measured,
        BigDecimal total,
        BigDecimal unsigned,
        List<Benefit> benefits) {

    public Realised {
        benefits = List.copyOf(benefits);
    }

    /** Signed off, or needing no sign-off. */
    public BigDecimal signed() {
        return total.subtract(unsigned);
    }

    /** A year with nothing measured in it. */
    public static Realised notMeasured(ProgrammeId selected, int year) {
        return new Realised(selected, year, false, BigDecimal.ZERO, BigDecimal.ZERO, List.of());
    }

    /**
     * One benefit counted: forecast × achievement = realised.
     *
     * @param achievement the mean of the indicators' counted achievements, a share from 0 to 1
     * @param crossOrganisation some organisation invests in a share of it that arises in another
     * @param signed every benefiting party has signed off every period used (always true when not crossing)
     */
    public record Benefit(
            BenefitId id,
            String code,
            String title,
            String programmeCode,
            BigDecimal forecast,
            BigDecimal achievement,
            BigDecimal realised,
            boolean crossOrganisation,
            boolean signed,
            List<Actual> indicators) {

        public Benefit {
            indicators = List.copyOf(indicators);
        }
    }

    /**
     * One indicator's actual in the year and its achievement.
     *
     * @param target the final target of the målbane, the value the valuation prices
     * @param actual the value of the latest period ending in the year (the mean when several units reported it)
     * @param recordedOn the day the actual was recorded
     * @param achievement (actual − baseline) / (target − baseline), unclamped, as the indicator computes it
     * @param counted the achievement clamped to 0–1, the share that counts
     */
    @io.swagger.v3.oas.annotations.media.Schema(name = "RealisedActual")
    public record Actual(
            IndicatorId id,
            String name,
            String unit,
            Direction direction,
            BigDecimal baseline,
            BigDecimal target,
            BigDecimal actual,
            LocalDate periodStart,
            LocalDate periodEnd,
            LocalDate recordedOn,
            BigDecimal achievement,
            BigDecimal counted) {}
}
