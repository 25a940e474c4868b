package no.gevinst.config.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.util.unit.DataSize;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.support.RequestContextUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * An upload larger than {@code spring.servlet.multipart.max-file-size} is refused while the request is read, before
 * any controller is chosen, so neither the API's nor the pages' advice hears of it. Here the API gets a problem
 * detail (413) and a page its own form again with the reason, instead of the servlet container's bare 413. The
 * same holds for a body of a type that no endpoint of its path takes.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@ControllerAdvice
class UploadLimitAdvice {

    static final URI TOO_LARGE = URI.create("urn:gevinst:problem:upload-too-large");

    private final MessageSource messages;
    private final JsonMapper json;
    private final DataSize limit;

    UploadLimitAdvice(
            MessageSource messages,
            JsonMapper json,
            @Value("${spring.servlet.multipart.max-file-size:1MB}") DataSize limit) {
        this.messages = messages;
        this.json = json;
        this.limit = limit;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String tooLarge(HttpServletRequest request, HttpServletResponse response, Locale locale) throws Exception {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            ProblemDetail problem = problem(messages, locale, limit);
            response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.getOutputStream().write(json.writeValueAsBytes(problem));
            return null;
        }
        RequestContextUtils.getOutputFlashMap(request).put("uploadError", "upload.tooLarge");
        RequestContextUtils.getOutputFlashMap(request).put("uploadLimitMb", megabytes(limit));
        return "redirect:"
                + request.getRequestURI().substring(request.getContextPath().length());
    }

    /**
     * A body of a type no API endpoint takes, on a path where several endpoints differ only by type (the measurement
     * import): no controller was chosen, so the API's advice does not hear of it either.
     */
    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    void unsupportedType(
            HttpMediaTypeNotSupportedException e,
            HttpServletRequest request,
            HttpServletResponse response,
            Locale locale)
            throws Exception {
        if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            throw e;
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                messages.getMessage(
                        "problem.mediaType",
                        new Object[] {String.valueOf(e.getContentType()), MediaType.toString(e.getSupportedMediaTypes())
                        },
                        locale));
        response.setStatus(HttpStatus.UNSUPPORTED_MEDIA_TYPE.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getOutputStream().write(json.writeValueAsBytes(problem));
    }

    static ProblemDetail problem(MessageSource messages, Locale locale, DataSize limit) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.CONTENT_TOO_LARGE,
                messages.getMessage("upload.tooLarge", new Object[] {megabytes(limit)}, locale));
        problem.setType(TOO_LARGE);
        problem.setProperty(
                "errors",
                List.of(Map.of(
                        "field", "file",
                        "code", "upload.tooLarge",
                        "message", problem.getDetail())));
        return problem;
    }

    private static long megabytes(DataSize size) {
        return size.toMegabytes();
    }
}
