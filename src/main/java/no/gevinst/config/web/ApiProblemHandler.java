package no.gevinst.config.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.gevinst.shared.FieldViolation;
import no.gevinst.shared.InvalidInputException;
import no.gevinst.shared.NotFoundException;
import no.gevinst.shared.VersionConflictException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Answers API errors as RFC 9457 problem details, with a list naming each bad field. Spring MVC's own
 * errors (wrong method, media type, ...) get problem details through the base class; pages keep their
 * HTML error pages.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
class ApiProblemHandler extends ResponseEntityExceptionHandler {

    private static final URI INVALID_INPUT = URI.create("urn:gevinst:problem:invalid-input");

    private final MessageSource messages;

    ApiProblemHandler(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler
    ProblemDetail invalidInput(InvalidInputException e, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST, messages.getMessage("problem.invalidInput", null, locale));
        problem.setType(INVALID_INPUT);
        problem.setTitle(messages.getMessage("problem.invalidInput.title", null, locale));
        problem.setProperty(
                "errors", e.violations().stream().map(v -> error(v, locale)).toList());
        return problem;
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST,
                messages.getMessage("problem.unreadable", null, LocaleContextHolder.getLocale()));
        problem.setType(INVALID_INPUT);
        problem.setProperty("errors", List.of());
        return handleExceptionInternal(e, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    @ExceptionHandler
    ProblemDetail badPathValue(MethodArgumentTypeMismatchException e, Locale locale) {
        return invalidInput(InvalidInputException.of(e.getName(), "value.invalid"), locale);
    }

    @ExceptionHandler
    ProblemDetail conflict(VersionConflictException e, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.CONFLICT, messages.getMessage("version.conflict", null, locale));
        problem.setProperty("currentVersion", e.currentVersion());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail notFound(NotFoundException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail forbidden(AccessDeniedException e, Locale locale) {
        return ProblemDetail.forStatusAndDetail(
                HttpStatus.FORBIDDEN, messages.getMessage("problem.forbidden", null, locale));
    }

    private Map<String, String> error(FieldViolation v, Locale locale) {
        return Map.of(
                "field", v.field(),
                "code", v.messageKey(),
                "message", messages.getMessage(v.messageKey(), v.arguments().toArray(), locale));
    }
}
