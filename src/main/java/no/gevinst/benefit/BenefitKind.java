package no.gevinst.benefit;

/** Whether the change is seen as positive, or is a measurable negative effect to be mitigated. */
public enum BenefitKind {
    BENEFIT,
    DISBENEFIT
}
