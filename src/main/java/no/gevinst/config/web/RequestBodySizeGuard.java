package no.gevinst.config.web;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import no.gevinst.shared.BoundedInputStream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * Bounds every request body read by a message converter (JSON, a FHIR resource): the converters read a body whole
 * into objects, so one enormous body could take the memory every other user needs. A body that says it is larger is
 * refused before it is read; one that does not say (chunked) is refused when it passes the limit. Files go through
 * the multipart limit instead, or are streamed by the import.
 */
@ControllerAdvice
class RequestBodySizeGuard extends RequestBodyAdviceAdapter {

    private final DataSize limit;

    RequestBodySizeGuard(@Value("${gevinst.max-body-size:32MB}") DataSize limit) {
        this.limit = limit;
    }

    @Override
    public boolean supports(
            MethodParameter parameter, Type targetType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public HttpInputMessage beforeBodyRead(
            HttpInputMessage message,
            MethodParameter parameter,
            Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType) {
        long declared = message.getHeaders().getContentLength();
        if (declared > limit.toBytes()) {
            throw new BodyTooLargeException(limit);
        }
        return new HttpInputMessage() {
            @Override
            public InputStream getBody() throws IOException {
                return new BoundedInputStream(
                        message.getBody(), limit.toBytes(), () -> new BodyTooLargeException(limit));
            }

            @Override
            public HttpHeaders getHeaders() {
                return message.getHeaders();
            }
        };
    }

    /** A body beyond the limit: answered 413, naming the limit. */
    static final class BodyTooLargeException extends RuntimeException {

        private final DataSize limit;

        BodyTooLargeException(DataSize limit) {
            super("Request body larger than " + limit.toMegabytes() + " MB");
            this.limit = limit;
        }

        long megabytes() {
            return limit.toMegabytes();
        }
    }
}
