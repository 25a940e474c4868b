package no.gevinst.decision;

import java.math.BigDecimal;
import java.util.Objects;
import no.gevinst.benefit.BenefitClass;
import no.gevinst.shared.OrganisationId;

/** The kroner a decision asks one organisation to realise in a year, in one benefit class. */
public record DecidedEconomicTarget(OrganisationId organisation, int year, BenefitClass benefitClass, BigDecimal nok) {

    public DecidedEconomicTarget {
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(benefitClass, "benefitClass");
        Objects.requireNonNull(nok, "nok");
    }
}
