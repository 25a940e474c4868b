package no.gevinst.maturity;

import java.util.List;
import no.gevinst.shared.OrganisationId;

/**
 * One row of a round's results: a unit, or a parent organisation with the small units pooled into it.
 *
 * @param pooledFrom the names of the units whose answers were pooled into this row; empty for a unit on its own
 */
public record ResultRow(
        OrganisationId unit, String name, List<String> pooledFrom, int respondents, List<ResultCell> cells) {

    public ResultRow {
        pooledFrom = List.copyOf(pooledFrom);
        cells = List.copyOf(cells);
    }

    public boolean pooled() {
        return !pooledFrom.isEmpty();
    }
}
