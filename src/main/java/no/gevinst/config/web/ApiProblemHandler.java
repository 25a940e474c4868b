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
import org.springframework.dao.DataAccessException;
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
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.databind.DatabindException;

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
    private final org.springframework.util.unit.DataSize uploadLimit;

    ApiProblemHandler(
            MessageSource messages,
            @org.springframework.beans.factory.annotation.Value("${spring.servlet.multipart.max-file-size:1MB}")
                    org.springframework.util.unit.DataSize uploadLimit) {
        this.messages = messages;
        this.uploadLimit = uploadLimit;
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

    /**
     * A body that is no JSON, or whose values have the wrong type: the problem names the field where the reader
     * stopped, when it knows it.
     */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Locale locale = LocaleContextHolder.getLocale();
        InvalidInputException invalid = cause(e, InvalidInputException.class);
        if (invalid != null) {
            return handleExceptionInternal(e, invalidInput(invalid, locale), headers, HttpStatus.BAD_REQUEST, request);
        }
        // A chunked body passing the size limit is stopped inside the parser, which wraps the refusal.
        RequestBodySizeGuard.BodyTooLargeException tooLarge =
                cause(e, RequestBodySizeGuard.BodyTooLargeException.class);
        if (tooLarge != null) {
            ResponseEntity<ProblemDetail> refusal = bodyTooLarge(tooLarge, locale);
            return handleExceptionInternal(e, refusal.getBody(), headers, refusal.getStatusCode(), request);
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST, messages.getMessage("problem.unreadable", null, locale));
        problem.setType(INVALID_INPUT);
        DatabindException databind = cause(e, DatabindException.class);
        String field = databind == null ? "" : path(databind);
        problem.setProperty(
                "errors",
                field.isEmpty() ? List.of() : List.of(error(FieldViolation.of(field, "value.invalid"), locale)));
        return handleExceptionInternal(e, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    /** Query parameters that do not bind (a page that is no number): each named. */
    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            org.springframework.web.bind.MethodArgumentNotValidException e,
            HttpHeaders headers,
            HttpStatusCode status,
            WebRequest request) {
        List<FieldViolation> violations = e.getBindingResult().getFieldErrors().stream()
                .map(f -> FieldViolation.of(f.getField(), "value.invalid"))
                .toList();
        ProblemDetail problem = violations.isEmpty()
                ? ProblemDetail.forStatusAndDetail(
                        HttpStatus.BAD_REQUEST,
                        messages.getMessage("problem.invalidInput", null, LocaleContextHolder.getLocale()))
                : invalidInput(new InvalidInputException(violations), LocaleContextHolder.getLocale());
        return handleExceptionInternal(e, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    /** A file larger than the upload limit: refused before any of it is read, and said so. */
    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(
            MaxUploadSizeExceededException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return handleExceptionInternal(
                e,
                UploadLimitAdvice.problem(messages, LocaleContextHolder.getLocale(), uploadLimit),
                headers,
                status,
                request);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> bodyTooLarge(RequestBodySizeGuard.BodyTooLargeException e, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.CONTENT_TOO_LARGE,
                messages.getMessage("body.tooLarge", new Object[] {e.megabytes()}, locale));
        problem.setType(INVALID_INPUT);
        problem.setProperty(
                "errors", List.of(error(FieldViolation.of("body", "body.tooLarge", e.megabytes()), locale)));
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(problem);
    }

    @ExceptionHandler
    ProblemDetail badMultipart(MultipartException e, Locale locale) {
        return invalidInput(InvalidInputException.of("file", "upload.unreadable"), locale);
    }

    /** What the database refused although the edge let it through: a bound of V19, a number too large. */
    @ExceptionHandler
    ResponseEntity<ProblemDetail> refusedByDatabase(DataAccessException e, Locale locale) {
        var refusal = DatabaseRefusals.of(e);
        if (refusal.isPresent()) {
            return ResponseEntity.badRequest()
                    .body(invalidInput(new InvalidInputException(List.of(refusal.get())), locale));
        }
        if (DatabaseRefusals.duplicate(e)) {
            return ResponseEntity.status(HttpStatus.CONFLICT)
                    .body(ProblemDetail.forStatusAndDetail(
                            HttpStatus.CONFLICT, messages.getMessage("problem.duplicate", null, locale)));
        }
        throw e;
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

    private static String path(DatabindException e) {
        StringBuilder path = new StringBuilder();
        for (var reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private Map<String, String> error(FieldViolation v, Locale locale) {
        return Map.of(
                "field", v.field(),
                "code", v.messageKey(),
                "message", messages.getMessage(v.messageKey(), v.arguments().toArray(), locale));
    }
}
