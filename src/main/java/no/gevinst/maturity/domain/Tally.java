package no.gevinst.maturity.domain;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.gevinst.shared.OrganisationId;

/**
 * The answers of one unit's respondents, summed: never the answers themselves.
 *
 * @param sums dimension key to the points and number of scores summed
 */
record Tally(OrganisationId unit, int respondents, Map<String, Sum> sums) {

    Tally {
        sums = Map.copyOf(sums);
    }

    /** Points and the number of scores they add up. */
    record Sum(long points, long answers) {

        static final Sum ZERO = new Sum(0, 0);

        Sum plus(Sum other) {
            return new Sum(points + other.points, answers + other.answers);
        }
    }

    /** The tallies added together, as one group at {@code unit}. */
    static Tally of(OrganisationId unit, List<Tally> tallies) {
        Map<String, Sum> sums = new HashMap<>();
        int respondents = 0;
        for (Tally t : tallies) {
            respondents += t.respondents();
            t.sums().forEach((d, s) -> sums.merge(d, s, Sum::plus));
        }
        return new Tally(unit, respondents, sums);
    }
}
