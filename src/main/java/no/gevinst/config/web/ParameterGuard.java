package no.gevinst.config.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import no.gevinst.shared.Violations;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Refuses a form or query parameter with a NUL byte, a broken character (bytes that were not UTF-8 reach us as
 * U+FFFD) or more characters than its field allows, naming the parameter. It runs before the controller, and what
 * it throws is answered by the controller's own advice: a problem detail for the API, a page for a form.
 */
class ParameterGuard implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod)) {
            return true;
        }
        Violations violations = new Violations();
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            String name = parameter.getKey();
            RequestTexts.check(name, "parameter", violations);
            for (String value : parameter.getValue()) {
                RequestTexts.check(value, name, violations);
            }
        }
        violations.throwIfAny();
        return true;
    }
}
