package no.gevinst.valuation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.SplittableRandom;
import no.gevinst.benefit.BenefitClass;
import no.gevinst.shared.BenefitId;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class UncertaintyTest {

    private static final EconomicSettings PERIOD = EconomicSettings.defaults(2024, 2028);

    private static AssumptionBook book() {
        return new AssumptionBook()
                .add(new Assumption("timekost", bd("500"), bd("600"), bd("800"), "kr", "demo", null, null, true))
                .add(new Assumption("personer", bd("900"), bd("1000"), bd("1100"), "", "", null, null, false))
                .add(Assumption.exactly("minutter", "20", "min", ""));
    }

    private static List<PricedBenefit> benefits() {
        return List.of(new PricedBenefit(
                BenefitId.newId(),
                "Tid",
                BenefitClass.CAPACITY,
                Actor.HEALTH_TRUSTS,
                new CalculationModel.TimeSaving(
                        Formula.parse("personer", "persons"), Formula.parse("minutter", "minutes"),
                        Formula.parse("12", "periods"), Formula.parse("timekost", "hourlyCost")),
                PhaseIn.increases(2024, List.of("50", "50"))));
    }

    private static final List<Cost> COSTS =
            List.of(new Cost(Cost.Kind.INVESTMENT, Actor.HEALTH_TRUSTS, 2024, bd("1000000")));

    @Test
    void theInverseTriangularDistributionHitsItsCorners() {
        // low 0, mode 1, high 2: the split is at 0.5; u = 0.5 gives 0 + √(0.5 × 2 × 1) = 1, the mode.
        assertThat(AssumptionRanges.triangular(0, 1, 2, 0)).isEqualTo(0);
        assertThat(AssumptionRanges.triangular(0, 1, 2, 0.5)).isCloseTo(1, Offset.offset(1e-12));
        assertThat(AssumptionRanges.triangular(0, 1, 2, 1)).isEqualTo(2);
        // u = 0.125 lies left of the split: √(0.125 × 2 × 1) = 0.5.
        assertThat(AssumptionRanges.triangular(0, 1, 2, 0.125)).isCloseTo(0.5, Offset.offset(1e-12));
    }

    @Test
    void pertDrawsStayInRangeAndCentreNearTheMean() {
        // PERT's mean is (low + 4 × mode + high) / 6 = (500 + 2400 + 800) / 6 = 616.67.
        SplittableRandom random = new SplittableRandom(7);
        double sum = 0;
        for (int i = 0; i < 20_000; i++) {
            double x = AssumptionRanges.pert(500, 600, 800, random);
            assertThat(x).isBetween(500.0, 800.0);
            sum += x;
        }
        assertThat(sum / 20_000).isCloseTo(616.67, Offset.offset(2.0));
    }

    @Test
    void theTornadoListsTheWidestSwingFirst() {
        // Time cost swings 300 kr of 600 (50 %), persons 200 of 1000 (20 %): time cost first.
        List<Uncertainty.Sensitivity> rows = Uncertainty.tornado(book(), PERIOD, benefits(), COSTS);
        assertThat(rows).extracting(Uncertainty.Sensitivity::assumption).containsExactly("timekost", "personer");
        assertThat(rows.getFirst().npvAtHigh()).isGreaterThan(rows.getFirst().npvAtLow());
    }

    @Test
    void theSameSeedGivesTheSameSimulation() {
        var a = Uncertainty.simulate(book(), PERIOD, benefits(), COSTS, Uncertainty.Distribution.PERT, 2_000, 42);
        var b = Uncertainty.simulate(book(), PERIOD, benefits(), COSTS, Uncertainty.Distribution.PERT, 2_000, 42);
        assertThat(a).isEqualTo(b);
        assertThat(a.netPresentValue().p10())
                .isLessThanOrEqualTo(a.netPresentValue().p50());
        assertThat(a.netPresentValue().p50())
                .isLessThanOrEqualTo(a.netPresentValue().p90());
        assertThat(a.benefitsByYear()).containsOnlyKeys(2024, 2025, 2026, 2027, 2028);
    }

    @Test
    void withoutUncertaintyEveryPercentileIsTheLikelyValue() {
        AssumptionBook certain = new AssumptionBook()
                .add(Assumption.exactly("timekost", "600", "kr", ""))
                .add(Assumption.exactly("personer", "1000", "", ""))
                .add(Assumption.exactly("minutter", "20", "min", ""));
        double likely = ValuationEngine.value(PERIOD, benefits(), COSTS, certain.likely())
                .result()
                .netPresentValue()
                .doubleValue();
        var s = Uncertainty.simulate(certain, PERIOD, benefits(), COSTS, Uncertainty.Distribution.TRIANGULAR, 100, 1);
        assertThat(s.netPresentValue()).isEqualTo(new Uncertainty.Percentiles(likely, likely, likely));
    }

    private static BigDecimal bd(String value) {
        return new BigDecimal(value);
    }
}
