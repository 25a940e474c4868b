package no.gevinst.plan;

import no.gevinst.shared.BenefitId;

/**
 * A benefit that fails an item of the gate's checklist.
 *
 * @param indicator the name of the indicator that falls short, or empty when the benefit itself does
 */
public record Shortfall(BenefitId benefit, String code, String title, String indicator) {

    public Shortfall {
        indicator = indicator == null ? "" : indicator;
    }
}
