package no.gevinst.maturity;

import java.util.List;

/**
 * A closed round's results as a summary shows them: the rows (units, or parents with small units pooled into them,
 * never fewer than {@link Results#THRESHOLD} respondents) of the units no later closed round of the programme has
 * results for, with each dimension's mean.
 *
 * @param withheldGroups how many groups of the round were withheld because even pooled they were fewer than five
 */
public record MaturitySummary(Round round, List<String> dimensions, List<ResultRow> rows, int withheldGroups) {

    public MaturitySummary {
        dimensions = List.copyOf(dimensions);
        rows = List.copyOf(rows);
    }
}
