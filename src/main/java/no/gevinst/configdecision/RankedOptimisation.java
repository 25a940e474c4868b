package no.gevinst.configdecision;

import java.math.BigDecimal;
import java.util.List;
import no.gevinst.shared.BenefitId;

/**
 * An optimisation proposed after go-live, with the value of the benefits it serves through its KPIs.
 *
 * @param value the sum of the served benefits' values over the valuation's period, in kroner; zero when none is priced
 * @param benefits the benefits it serves, by code
 */
public record RankedOptimisation(ConfigDecision decision, BigDecimal value, List<ServedBenefit> benefits) {

    public RankedOptimisation {
        benefits = List.copyOf(benefits);
    }

    /** A served benefit with its own value (zero when not priced). */
    public record ServedBenefit(BenefitId id, String code, String title, BigDecimal value) {}
}
