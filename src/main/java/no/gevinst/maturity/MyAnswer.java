package no.gevinst.maturity;

import java.util.List;
import java.util.Map;
import no.gevinst.shared.OrganisationId;

/**
 * What the signed-in person sees of a round they may answer: the units they may answer for and their own answer so
 * far, which only they see.
 *
 * @param scores statement key to score; empty before they answer
 * @param version the version of their answer, or -1 before they answer
 */
public record MyAnswer(
        Round round, List<RoundUnit> units, OrganisationId unit, Map<String, Integer> scores, long version) {

    public MyAnswer {
        units = List.copyOf(units);
        scores = Map.copyOf(scores);
    }

    public boolean answered() {
        return version >= 0;
    }
}
