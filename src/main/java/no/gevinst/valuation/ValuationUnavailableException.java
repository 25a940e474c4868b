package no.gevinst.valuation;

import java.util.List;
import no.gevinst.shared.FieldViolation;
import no.gevinst.shared.ProgrammeId;

/**
 * A programme's stored valuation cannot be computed (a circular chain of assumptions that got in before it was
 * refused, a division by zero, a formula that no longer parses). Not a fault in the request that read it: pages and
 * reports that include the programme show this in its place, and the API names the programme and the cause.
 */
public class ValuationUnavailableException extends RuntimeException {

    private final ProgrammeId programme;
    private final String programmeName;
    private final List<FieldViolation> causes;

    public ValuationUnavailableException(ProgrammeId programme, String programmeName, List<FieldViolation> causes) {
        super("The valuation of programme " + programmeName + " (" + programme + ") cannot be computed: "
                + causes.stream().map(FieldViolation::messageKey).toList());
        this.programme = programme;
        this.programmeName = programmeName;
        this.causes = List.copyOf(causes);
    }

    public ProgrammeId programme() {
        return programme;
    }

    public String programmeName() {
        return programmeName;
    }

    /** What cannot be computed, each naming the stored field (e.g. {@code derived.personer}) and the reason. */
    public List<FieldViolation> causes() {
        return causes;
    }
}
