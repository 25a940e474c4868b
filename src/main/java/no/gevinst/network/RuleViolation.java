package no.gevinst.network;

import java.util.List;

/** A rule of the method that the network breaks, with the nodes that break it. */
public record RuleViolation(Rule rule, List<String> nodes, String detail) {

    public RuleViolation {
        nodes = List.copyOf(nodes);
    }

    public enum Rule {
        CYCLE,
        BENEFIT_WITHOUT_OBJECTIVE,
        NOT_LEADING_TO_BENEFIT,
        MISSING_OWNER,
        SHARES_OVER_100,
        DISBENEFIT_WITHOUT_MITIGATION
    }
}
