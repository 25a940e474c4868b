package no.gevinst.benefit;

/**
 * What a benefit lacks to pass the DOAM test (Description, Observable outcome, Attribution, Measurement) or to
 * be followed up (owner, responsible, objective). Warnings are shown, never hidden; the register filters on them.
 */
public enum HealthWarning {
    NO_DESCRIPTION,
    NO_OBSERVABLE_OUTCOME,
    NO_ATTRIBUTION,
    NO_MEASUREMENT,
    NO_OWNER,
    NO_RESPONSIBLE,
    NO_OBJECTIVE;

    public String messageKey() {
        return "benefit.warning." + name();
    }
}
