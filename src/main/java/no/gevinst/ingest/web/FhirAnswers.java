package no.gevinst.ingest.web;

import ca.uhn.fhir.context.FhirContext;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.gevinst.ingest.domain.FhirIssue;
import no.gevinst.ingest.domain.FhirRefusedException;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.StringType;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * How the FHIR endpoint answers: FHIR resources in the format the client accepts (XML when it asks for XML, or sent
 * XML and accepts anything, JSON otherwise), and refusals as an OperationOutcome with one issue per problem; a
 * client that accepts problem details or plain JSON and not FHIR gets RFC 9457 problem details, as the rest of the
 * API answers.
 */
final class FhirAnswers {

    static final String FHIR_JSON = "application/fhir+json";
    static final String FHIR_XML = "application/fhir+xml";
    private static final URI INVALID_INPUT = URI.create("urn:gevinst:problem:invalid-input");

    private final FhirContext context;
    private final MessageSource messages;
    private final HttpServletRequest request;
    private final Locale locale;

    FhirAnswers(FhirContext context, MessageSource messages, HttpServletRequest request, Locale locale) {
        this.context = context;
        this.messages = messages;
        this.request = request;
        this.locale = locale;
    }

    /** True when the client asked for problem details or plain JSON, not for FHIR. */
    boolean plainJson() {
        String accept = header("Accept");
        return !accept.contains("fhir")
                && (accept.contains("application/problem+json") || accept.contains("application/json"));
    }

    /** True when the body was sent as XML. */
    static boolean sentXml(HttpServletRequest request) {
        String type =
                request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
        return type.contains("xml");
    }

    ResponseEntity<String> resource(HttpStatus status, IBaseResource resource) {
        boolean xml = answerXml();
        String body = xml
                ? context.newXmlParser().setPrettyPrint(true).encodeResourceToString(resource)
                : context.newJsonParser().setPrettyPrint(true).encodeResourceToString(resource);
        return ResponseEntity.status(status)
                .contentType(MediaType.parseMediaType((xml ? FHIR_XML : FHIR_JSON) + ";charset=UTF-8"))
                .body(body);
    }

    ResponseEntity<?> refusal(FhirRefusedException e) {
        HttpStatus status = HttpStatus.valueOf(e.status());
        if (plainJson()) {
            ProblemDetail problem =
                    ProblemDetail.forStatusAndDetail(status, messages.getMessage("problem.invalidInput", null, locale));
            problem.setType(INVALID_INPUT);
            problem.setTitle(messages.getMessage("problem.invalidInput.title", null, locale));
            problem.setProperty("errors", e.issues().stream().map(this::error).toList());
            return ResponseEntity.status(status)
                    .contentType(
                            header("Accept").contains("application/problem+json")
                                    ? MediaType.APPLICATION_PROBLEM_JSON
                                    : MediaType.APPLICATION_JSON)
                    .body(problem);
        }
        return resource(status, outcome(e.issues()));
    }

    OperationOutcome outcome(List<FhirIssue> issues) {
        OperationOutcome outcome = new OperationOutcome();
        for (FhirIssue issue : issues) {
            OperationOutcome.OperationOutcomeIssueComponent component = outcome.addIssue()
                    .setSeverity(IssueSeverity.ERROR)
                    .setCode(IssueType.fromCode(issue.code()))
                    .setDiagnostics(message(issue));
            if (!issue.expression().isEmpty()) {
                component.setExpression(List.of(new StringType(issue.expression())));
            }
        }
        return outcome;
    }

    /** An OperationOutcome that only informs: what was recorded. */
    OperationOutcome information(String key, Object... arguments) {
        OperationOutcome outcome = new OperationOutcome();
        outcome.addIssue()
                .setSeverity(IssueSeverity.INFORMATION)
                .setCode(IssueType.INFORMATIONAL)
                .setDiagnostics(messages.getMessage(key, arguments, locale));
        return outcome;
    }

    private Map<String, String> error(FhirIssue issue) {
        return Map.of(
                "field", issue.expression(),
                "code", issue.messageKey() == null ? "fhir.validation" : issue.messageKey(),
                "message", message(issue));
    }

    private String message(FhirIssue issue) {
        return issue.messageKey() == null
                ? issue.text()
                : messages.getMessage(issue.messageKey(), issue.arguments().toArray(), locale);
    }

    private boolean answerXml() {
        String accept = header("Accept");
        if (accept.contains("xml")) {
            return !accept.contains("json") || accept.indexOf("xml") < accept.indexOf("json");
        }
        return !accept.contains("json") && sentXml(request);
    }

    private String header(String name) {
        String value = request.getHeader(name);
        return value == null ? "" : value.toLowerCase(Locale.ROOT);
    }
}
