package no.gevinst.valuation.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.gevinst.shared.FieldViolation;
import no.gevinst.valuation.ValuationUnavailableException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A stored valuation that cannot be computed is no fault of the request that reads it (no 400) nor a crash (no 500):
 * the API answers 422 naming the programme and each cause, so that a coordinator can mend it.
 */
@RestControllerAdvice(annotations = RestController.class)
class ValuationProblems {

    static final URI TYPE = URI.create("urn:gevinst:problem:valuation-unavailable");

    private final MessageSource messages;

    ValuationProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler
    ProblemDetail unavailable(ValuationUnavailableException e, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.UNPROCESSABLE_CONTENT,
                messages.getMessage("valuation.unavailable", new Object[] {e.programmeName()}, locale));
        problem.setType(TYPE);
        problem.setTitle(messages.getMessage("valuation.unavailable.title", null, locale));
        problem.setProperty("programmeId", e.programme().toString());
        problem.setProperty("programme", e.programmeName());
        problem.setProperty("errors", causes(e.causes(), messages, locale));
        return problem;
    }

    static List<Map<String, String>> causes(List<FieldViolation> causes, MessageSource messages, Locale locale) {
        return causes.stream()
                .map(v -> Map.of(
                        "field", v.field(),
                        "code", v.messageKey(),
                        "message",
                                messages.getMessage(
                                        v.messageKey(), v.arguments().toArray(), locale)))
                .toList();
    }
}
