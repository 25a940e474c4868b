package no.gevinst.maturity;

import java.util.Map;

/**
 * A respondent's answer as sent: the unit they answer for and a score from 1 to 5 for every statement.
 *
 * @param unitId the respondent's organisation or unit among those the round was sent to
 * @param scores statement key to score, as typed
 */
public record AnswerInput(String unitId, Map<String, String> scores) {

    public AnswerInput {
        scores = scores == null ? Map.of() : Map.copyOf(scores);
    }
}
