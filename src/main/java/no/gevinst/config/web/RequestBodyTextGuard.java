package no.gevinst.config.web;

import java.lang.reflect.Type;
import no.gevinst.shared.Violations;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * Refuses a JSON body with a NUL byte, a broken character or an overlong text in any field, naming each such
 * field, before any controller or service sees it.
 */
@ControllerAdvice
class RequestBodyTextGuard extends RequestBodyAdviceAdapter {

    @Override
    public boolean supports(
            MethodParameter parameter, Type targetType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object afterBodyRead(
            Object body,
            HttpInputMessage inputMessage,
            MethodParameter parameter,
            Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType) {
        if (body instanceof String || body instanceof byte[]) {
            // Whole documents (a FHIR resource) are read by their own parser, which checks what it takes from them.
            return body;
        }
        Violations violations = new Violations();
        RequestTexts.check(body, "", violations);
        violations.throwIfAny();
        return body;
    }
}
