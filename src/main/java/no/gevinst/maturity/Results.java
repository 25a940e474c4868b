package no.gevinst.maturity;

import java.util.List;

/**
 * A round's results: rows of at least five respondents, dimension by dimension, and how many groups were withheld
 * because even pooled they were fewer.
 *
 * @param previous the previous closed round of the same template whose results the changes are measured from, or null
 * @param respondents how many answered in all
 */
public record Results(
        Round round,
        List<String> dimensions,
        List<ResultRow> rows,
        int withheldGroups,
        int respondents,
        Round previous) {

    public Results {
        dimensions = List.copyOf(dimensions);
        rows = List.copyOf(rows);
    }

    /** The least number of respondents behind any result shown. */
    public static final int THRESHOLD = 5;
}
