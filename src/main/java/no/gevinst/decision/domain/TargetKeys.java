package no.gevinst.decision.domain;

import java.util.Optional;
import no.gevinst.benefit.BenefitClass;
import no.gevinst.decision.BoardDecision;
import no.gevinst.decision.DecidedEconomicTarget;
import no.gevinst.decision.DecidedKpiTarget;
import no.gevinst.decision.DecisionInputs.EconomicTargetKey;
import no.gevinst.decision.DecisionInputs.KpiTargetKey;
import no.gevinst.shared.Ids;
import no.gevinst.shared.IndicatorId;
import no.gevinst.shared.Inputs;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.Violations;

/**
 * Which of a decision's targets a removal names, read from what was sent: each field that is missing or no id is
 * named, and a key that names no target of the decision is refused naming {@code target}. The organisation need not
 * be a party still: a target carried over from an earlier decision can be removed after the party has left.
 */
final class TargetKeys {

    private TargetKeys() {}

    static DecidedEconomicTarget economic(EconomicTargetKey key, BoardDecision decision) {
        Violations v = new Violations();
        OrganisationId organisation = organisation(key.organisation(), v);
        Integer year = null;
        if (Inputs.text(key.year()).isEmpty()) {
            v.add("year", "decision.year.required");
        } else {
            try {
                year = Inputs.year(Integer.valueOf(Inputs.text(key.year())), "year", v);
            } catch (NumberFormatException e) {
                v.add("year", "value.invalid");
            }
        }
        BenefitClass benefitClass = null;
        if (Inputs.text(key.benefitClass()).isEmpty()) {
            v.add("benefitClass", "decision.benefitClass.required");
        } else {
            benefitClass = Inputs.choice(key.benefitClass(), BenefitClass.class).orElse(null);
            if (benefitClass == null) {
                v.add("benefitClass", "value.invalid");
            }
        }
        v.throwIfAny();
        Integer y = year;
        BenefitClass c = benefitClass;
        Optional<DecidedEconomicTarget> set = decision.economicTargets().stream()
                .filter(t -> t.organisation().equals(organisation) && t.year() == y && t.benefitClass() == c)
                .findFirst();
        return set.orElseThrow(() -> notSet());
    }

    static DecidedKpiTarget kpi(KpiTargetKey key, BoardDecision decision) {
        Violations v = new Violations();
        OrganisationId organisation = organisation(key.organisation(), v);
        IndicatorId indicator = null;
        if (Inputs.text(key.indicator()).isEmpty()) {
            v.add("indicator", "decision.indicator.required");
        } else {
            indicator = Ids.parse(key.indicator(), IndicatorId::new).orElse(null);
            if (indicator == null) {
                v.add("indicator", "value.invalid");
            }
        }
        v.throwIfAny();
        IndicatorId i = indicator;
        return decision.kpiTargets().stream()
                .filter(t ->
                        t.organisation().equals(organisation) && t.indicator().equals(i))
                .findFirst()
                .orElseThrow(() -> notSet());
    }

    private static OrganisationId organisation(String text, Violations v) {
        if (Inputs.text(text).isEmpty()) {
            v.add("organisation", "decision.organisation.required");
            return null;
        }
        OrganisationId id = Ids.parse(text, OrganisationId::new).orElse(null);
        if (id == null) {
            v.add("organisation", "value.invalid");
        }
        return id;
    }

    private static no.gevinst.shared.InvalidInputException notSet() {
        return no.gevinst.shared.InvalidInputException.of("target", "decision.target.notSet");
    }
}
