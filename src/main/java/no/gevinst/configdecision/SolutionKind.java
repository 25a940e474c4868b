package no.gevinst.configdecision;

/** The solution a decision configures: the EHR (Helseplattformen) or another one. */
public enum SolutionKind {
    EHR,
    OTHER;

    public String messageKey() {
        return "configdecision.solutionKind." + name();
    }
}
