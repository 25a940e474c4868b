package no.gevinst.valuation;

import java.math.BigDecimal;
import java.util.List;

/**
 * The economic rules of a programme's analysis, with the defaults of Finansdepartementet's R-109 and DFØ's guide.
 *
 * @param baseYear the year values are discounted to
 * @param taxFinancingRate skattefinansieringskostnad on the net effect on public budgets, 0.20
 * @param realPriceGrowth the yearly real growth of the value of time, 0.009, applied only when enabled
 * @param coFinancingCutShare the share of net internal gains taken out as budget cuts under Digdir's co-financing
 * @param discountRates the real discount rates for years 1–40, 41–75 and after 75 (R-109: 4 %, 3 %, 2 %)
 */
public record EconomicSettings(
        int baseYear,
        int firstYear,
        int lastYear,
        List<BigDecimal> discountRates,
        BigDecimal taxFinancingRate,
        BigDecimal realPriceGrowth,
        boolean realPriceAdjustment,
        BigDecimal coFinancingCutShare) {

    public EconomicSettings {
        if (lastYear < firstYear) {
            throw new IllegalArgumentException("The analysis period ends before it starts");
        }
        discountRates = List.copyOf(discountRates);
        if (discountRates.size() != 3) {
            throw new IllegalArgumentException("Three discount rates: years 1–40, 41–75 and after");
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
                new BigDecimal("0.50"));
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
                coFinancingCutShare);
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
