package no.gevinst.demo;

import java.util.List;
import java.util.Map;

/**
 * One programme's maturity assessments as {@code demo/maturity.json} writes them: rounds with the organisations
 * asked and how many answer in each (demo keys, in the order the answers are generated), the seed of the generated
 * answers, and the measure given to the weakest result of the last round in a dimension.
 */
record DemoMaturityData(String programme, List<Round> rounds, Measure measure) {

    /** A round sent to organisations, with generated answers. */
    record Round(
            String name,
            String template,
            String opensOn,
            String closesOn,
            List<String> organisations,
            Map<String, Integer> respondents,
            long seed) {}

    /** A measure for the organisation with the lowest mean in the dimension. */
    record Measure(String dimension, String action, String owner, String deadline) {}
}
