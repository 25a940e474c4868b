package no.gevinst.ingest.domain;

import java.util.List;

/**
 * One problem with a FHIR resource, as an OperationOutcome issue names it: its FHIRPath location and either a message
 * key of Gevinst's (with its arguments) or the validator's own text.
 *
 * @param code the OperationOutcome issue type (invalid, required, not-supported, too-long, ...)
 * @param expression where the problem is, as FHIRPath (MeasureReport.reporter, Bundle.entry[1].resource.measure)
 * @param messageKey Gevinst's message, or null when {@code text} is the validator's own
 */
public record FhirIssue(String code, String expression, String messageKey, List<Object> arguments, String text) {

    public FhirIssue {
        arguments = List.copyOf(arguments);
    }

    static FhirIssue of(String code, String expression, String messageKey, Object... arguments) {
        return new FhirIssue(code, expression, messageKey, List.of(arguments), null);
    }

    static FhirIssue text(String code, String expression, String text) {
        return new FhirIssue(code, expression, null, List.of(), text);
    }
}
