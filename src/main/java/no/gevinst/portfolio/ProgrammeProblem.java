package no.gevinst.portfolio;

import java.util.List;
import no.gevinst.shared.FieldViolation;
import no.gevinst.shared.ProgrammeId;

/**
 * A programme whose stored valuation cannot be computed: it counts as nothing priced in the sums, and the pages,
 * reports and the API name it and why, instead of failing for everyone.
 *
 * @param causes each naming the stored field (e.g. {@code derived.personer}) and the reason as a message key
 */
public record ProgrammeProblem(ProgrammeId programme, String programmeName, List<FieldViolation> causes) {

    public ProgrammeProblem {
        causes = List.copyOf(causes);
    }
}
