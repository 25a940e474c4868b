package no.gevinst.valuation;

import java.util.Objects;
import no.gevinst.benefit.BenefitClass;
import no.gevinst.shared.BenefitId;

/**
 * A benefit with a money value: which benefit it is, its class, who gets it, how it is calculated and how it phases
 * in. The id, not the name, says which benefit a valuation line is: two benefits may carry the same title.
 *
 * @param name what the valuation shows for it (its code and title); never used to find it
 */
public record PricedBenefit(
        BenefitId id, String name, BenefitClass benefitClass, Actor actor, CalculationModel model, PhaseIn phaseIn) {

    public PricedBenefit {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(benefitClass, "benefitClass");
        if (benefitClass == BenefitClass.NON_PRICED) {
            throw new IllegalArgumentException("A non-priced benefit has no money value: " + name);
        }
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(phaseIn, "phaseIn");
    }
}
