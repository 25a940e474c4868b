package no.gevinst.valuation;

import java.util.Objects;
import no.gevinst.benefit.BenefitClass;

/** A benefit with a money value: its class, who gets it, how it is calculated and how it phases in. */
public record PricedBenefit(
        String name, BenefitClass benefitClass, Actor actor, CalculationModel model, PhaseIn phaseIn) {

    public PricedBenefit {
        Objects.requireNonNull(benefitClass, "benefitClass");
        if (benefitClass == BenefitClass.NON_PRICED) {
            throw new IllegalArgumentException("A non-priced benefit has no money value: " + name);
        }
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(phaseIn, "phaseIn");
    }
}
