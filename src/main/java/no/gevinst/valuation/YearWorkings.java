package no.gevinst.valuation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Every figure of a year written out with its formula and the input values filled in, so that a reader can check
 * it by hand: each benefit's share of its full effect, the tax financing cost, the net and the discounting.
 */
public final class YearWorkings {

    private YearWorkings() {}

    public static List<String> of(Valuation valuation, Valuation.YearLine year, EconomicSettings settings) {
        List<String> lines = new ArrayList<>();
        for (Valuation.BenefitLine line : valuation.benefits()) {
            PricedBenefit b = line.benefit();
            BigDecimal share = b.phaseIn().fraction(year.year());
            lines.add("%s: %s kr × %s %% innfaset%s = %s kr"
                    .formatted(
                            b.name(),
                            CalculationModel.fmt(line.fullEffect().nokPerYear()),
                            CalculationModel.fmt(share.multiply(BigDecimal.valueOf(100))),
                            realPrice(b, settings, year.year()),
                            CalculationModel.fmt(line.valueByYear().get(year.year()))));
        }
        lines.add("Nytte = %s kr".formatted(CalculationModel.fmt(year.benefits())));
        lines.add("Skattefinansieringskostnad = %s × netto budsjettvirkning %s kr = %s kr"
                .formatted(
                        CalculationModel.fmt(settings.taxFinancingRate()),
                        CalculationModel.fmt(year.publicBudgetEffect()),
                        CalculationModel.fmt(year.taxFinancingCost())));
        lines.add("Netto = %s − %s − %s − %s = %s kr"
                .formatted(
                        CalculationModel.fmt(year.benefits()),
                        CalculationModel.fmt(year.investment()),
                        CalculationModel.fmt(year.running()),
                        CalculationModel.fmt(year.taxFinancingCost()),
                        CalculationModel.fmt(year.net())));
        int t = year.year() - settings.baseYear();
        lines.add("Diskonteringsfaktor = 1 / (1 + %s)^%d = %s (R-109: 4 %% til år 40, 3 %% til år 75, 2 %% deretter)"
                .formatted(
                        CalculationModel.fmt(settings.discountRate(Math.max(t, 1))),
                        t,
                        year.discountFactor()
                                .setScale(6, RoundingMode.HALF_EVEN)
                                .toPlainString()
                                .replace('.', ',')));
        lines.add("Nåverdi = %s × %s = %s kr"
                .formatted(
                        CalculationModel.fmt(year.net()),
                        year.discountFactor()
                                .setScale(6, RoundingMode.HALF_EVEN)
                                .toPlainString()
                                .replace('.', ','),
                        CalculationModel.fmt(year.presentValue())));
        return lines;
    }

    private static String realPrice(PricedBenefit b, EconomicSettings settings, int year) {
        if (!(b.model() instanceof CalculationModel.TimeSaving) || !settings.realPriceAdjustment()) {
            return "";
        }
        return " × realprisfaktor " + CalculationModel.fmt(settings.realPriceFactor(year));
    }
}
