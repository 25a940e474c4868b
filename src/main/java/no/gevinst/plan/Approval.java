package no.gevinst.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The decision that approved a version.
 *
 * @param approvedBy the user who recorded the approval
 * @param onBehalfOf the body that decided, e.g. the programme's steering group
 * @param reference the decision's reference in the body's minutes (sak, vedtak)
 */
public record Approval(String approvedBy, String onBehalfOf, LocalDate decisionDate, String reference, Instant at) {

    public Approval {
        Objects.requireNonNull(approvedBy, "approvedBy");
        Objects.requireNonNull(onBehalfOf, "onBehalfOf");
        Objects.requireNonNull(decisionDate, "decisionDate");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(at, "at");
    }
}
