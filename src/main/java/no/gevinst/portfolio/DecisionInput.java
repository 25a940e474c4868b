package no.gevinst.portfolio;

import java.io.Serializable;
import java.util.Map;

/**
 * A decision as typed into the form or sent to the API; text until validated, so every bad field can be named.
 *
 * @param shares benefit id → percent, for SPLIT
 * @param version the version of the decision read, when one exists
 */
@io.swagger.v3.oas.annotations.media.Schema(name = "ConflictDecisionInput")
public record DecisionInput(
        String kind, String primaryBenefit, Map<String, String> shares, String justification, Long version)
        implements Serializable {

    public DecisionInput {
        shares = shares == null ? Map.of() : Map.copyOf(shares);
    }
}
