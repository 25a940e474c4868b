package no.gevinst.valuation;

import java.math.BigDecimal;
import java.util.List;
import no.gevinst.shared.InvalidInputException;
import no.gevinst.shared.NorwegianNumbers;
import no.gevinst.shared.TextLimits;
import no.gevinst.shared.Violations;

/**
 * The economic rules of a programme's analysis, with the defaults of Finansdepartementet's R-109 and DFØ's guide.
 *
 * @param baseYear the year values are discounted to
 * @param taxFinancingRate skattefinansieringskostnad on the net effect on public budgets, 0.20
 * @param realPriceGrowth the yearly real growth of the value of time, 0.009, applied only when enabled
 * @param coFinancingCutShare the share of net internal gains taken out as budget cuts under Digdir's co-financing
 * @param discountRates the real discount rates for years 1–40, 41–75 and after 75 (R-109: 4 %, 3 %, 2 %)
 * @param workingHoursPerPerson the hours one full-time person works in a year, which bounds the time a staff group
 *     can save (double-counting rule (e)); a setting, since, as for the hourly cost, no national default exists. The
 *     default {@value #DEFAULT_WORKING_HOURS} is a full-time year of 37.5 h × 52 weeks = 1 950 h, less five weeks'
 *     holiday (187.5 h) and about nine public holidays on weekdays (67.5 h)
 */
public record EconomicSettings(
        int baseYear,
        int firstYear,
        int lastYear,
        List<BigDecimal> discountRates,
        BigDecimal taxFinancingRate,
        BigDecimal realPriceGrowth,
        boolean realPriceAdjustment,
        BigDecimal coFinancingCutShare,
        BigDecimal workingHoursPerPerson) {

    /** 1 950 − 187.5 − 67.5 hours: see {@code workingHoursPerPerson}. */
    public static final String DEFAULT_WORKING_HOURS = "1695";

    /** The field that names the working hours in forms, the API and refusals. */
    public static final String WORKING_HOURS_FIELD = "workingHoursPerPerson";

    /** The hours of a leap year: no one works more. */
    static final BigDecimal MAX_WORKING_HOURS = new BigDecimal("8784");

    /**
     * Refuses settings outside what the rules can mean, naming each field: years outside {@value
     * TextLimits#FIRST_YEAR}–{@value TextLimits#LAST_YEAR}, rates and shares outside [0, 1] (a real price growth
     * may be negative, down to −1).
     */
    public EconomicSettings {
        if (workingHoursPerPerson == null
                || workingHoursPerPerson.signum() <= 0
                || workingHoursPerPerson.compareTo(MAX_WORKING_HOURS) > 0) {
            throw InvalidInputException.of(
                    WORKING_HOURS_FIELD,
                    "valuation.settings.workingHours.invalid",
                    String.valueOf(workingHoursPerPerson));
        }
        Violations v = new Violations();
        year(baseYear, "baseYear", v);
        year(firstYear, "firstYear", v);
        year(lastYear, "lastYear", v);
        if (lastYear < firstYear) {
            v.add("lastYear", "valuation.period.invalid");
        }
        if (discountRates == null
                || discountRates.size() != 3
                || discountRates.stream().anyMatch(java.util.Objects::isNull)) {
            v.add("discountRates", "valuation.settings.discountRates");
        } else {
            for (int i = 0; i < 3; i++) {
                share(discountRates.get(i), "discountRates[" + i + "]", BigDecimal.ZERO, v);
            }
        }
        share(taxFinancingRate, "taxFinancingRate", BigDecimal.ZERO, v);
        share(realPriceGrowth, "realPriceGrowth", BigDecimal.ONE.negate(), v);
        share(coFinancingCutShare, "coFinancingCutShare", BigDecimal.ZERO, v);
        v.throwIfAny();
        discountRates = List.copyOf(discountRates);
    }

    private static void year(int year, String field, Violations v) {
        if (year < TextLimits.FIRST_YEAR || year > TextLimits.LAST_YEAR) {
            v.add(
                    field,
                    "year.outOfRange",
                    String.valueOf(year),
                    String.valueOf(TextLimits.FIRST_YEAR),
                    String.valueOf(TextLimits.LAST_YEAR));
        }
    }

    private static void share(BigDecimal rate, String field, BigDecimal lowest, Violations v) {
        if (rate == null || rate.compareTo(lowest) < 0 || rate.compareTo(BigDecimal.ONE) > 0) {
            v.add(field, "rate.outOfRange", String.valueOf(rate), lowest.toPlainString());
        }
    }

    /** R-109's defaults for a period, with the base year its first year. */
    public static EconomicSettings defaults(int firstYear, int lastYear) {
        return new EconomicSettings(
                firstYear,
                firstYear,
                lastYear,
                R109_RATES,
                new BigDecimal("0.20"),
                new BigDecimal("0.009"),
                false,
                new BigDecimal("0.50"),
                new BigDecimal(DEFAULT_WORKING_HOURS));
    }

    /**
     * The working hours per person as typed: a number above zero, with a decimal comma or point and spaces between
     * thousands allowed.
     *
     * @throws InvalidInputException naming {@value #WORKING_HOURS_FIELD} when blank, no number, or not above zero
     */
    public static BigDecimal workingHours(String text) {
        try {
            BigDecimal hours = NorwegianNumbers.parseDecimal(text);
            if (hours.signum() > 0) {
                return hours;
            }
        } catch (NumberFormatException e) {
            // Refused below, as a number that is not above zero is.
        }
        throw InvalidInputException.of(
                WORKING_HOURS_FIELD, "valuation.settings.workingHours.invalid", String.valueOf(text));
    }

    /** R-109's declining real discount rates. */
    public static final List<BigDecimal> R109_RATES =
            List.of(new BigDecimal("0.04"), new BigDecimal("0.03"), new BigDecimal("0.02"));

    /** The same settings with other discount rates (a flat zero rate, say). */
    public EconomicSettings withDiscountRates(List<BigDecimal> rates) {
        return new EconomicSettings(
                baseYear,
                firstYear,
                lastYear,
                rates,
                taxFinancingRate,
                realPriceGrowth,
                realPriceAdjustment,
                coFinancingCutShare,
                workingHoursPerPerson);
    }

    /** The real discount rate for the k-th year after the base year. */
    public BigDecimal discountRate(int k) {
        if (k <= 40) {
            return discountRates.get(0);
        }
        return k <= 75 ? discountRates.get(1) : discountRates.get(2);
    }

    /** The factor that brings a value in the year back to the base year: ∏ 1 / (1 + r(k)). */
    public BigDecimal discountFactor(int year) {
        BigDecimal factor = BigDecimal.ONE;
        for (int k = 1; k <= year - baseYear; k++) {
            factor = factor.divide(BigDecimal.ONE.add(discountRate(k)), Formula.MATH);
        }
        for (int k = 0; k > year - baseYear; k--) {
            factor = factor.multiply(BigDecimal.ONE.add(discountRate(1 - k)), Formula.MATH);
        }
        return factor;
    }

    /** The factor that lifts a time value to the year's real prices, 1 when the adjustment is off. */
    public BigDecimal realPriceFactor(int year) {
        return realPriceAdjustment
                ? BigDecimal.ONE.add(realPriceGrowth).pow(year - baseYear, Formula.MATH)
                : BigDecimal.ONE;
    }
}
