package no.gevinst.config.database;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import no.gevinst.config.web.PageModel;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;
import tools.jackson.databind.json.JsonMapper;

/**
 * The answer while the database is gone: 503 with a problem detail for the API and a page for browsers, both
 * saying that nothing was stored and when to try again. It is written without the database, before Spring
 * Security, so that a login never turns the outage into "wrong password".
 */
@Component
class DatabaseUnavailableResponse {

    static final String PROBLEM_TYPE = "urn:gevinst:problem:database-unavailable";
    private static final String RETRY_AFTER_SECONDS = "5";
    /** Spring Session's cookie, the one a signed-in browser sends. */
    private static final String SESSION_COOKIE = "SESSION";

    private final JsonMapper json;
    private final ITemplateEngine templates;
    private final MessageSource messages;
    private final LocaleResolver locales;
    private final PageModel pageModel;

    DatabaseUnavailableResponse(
            JsonMapper json,
            ITemplateEngine templates,
            MessageSource messages,
            LocaleResolver locales,
            PageModel pageModel) {
        this.json = json;
        this.templates = templates;
        this.messages = messages;
        this.locales = locales;
        this.pageModel = pageModel;
    }

    void write(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.reset();
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
        response.setHeader("Cache-Control", "no-store");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        Locale locale = locales.resolveLocale(request);
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            json.writeValue(response.getOutputStream(), problem(request, locale));
        } else {
            response.setContentType(MediaType.TEXT_HTML_VALUE);
            var exchange = JakartaServletWebApplication.buildApplication(request.getServletContext())
                    .buildExchange(request, response);
            var context = new WebContext(exchange, locale, page(request));
            templates.process("error/database-unavailable", context, response.getWriter());
        }
        response.flushBuffer();
    }

    /**
     * The layout's navigation. A request stopped before Spring Security has no user yet, and the session that would
     * name one is in the database: when the browser sends a session cookie, the page still offers the menu items
     * everyone signed in sees, so that the user can go on once the database is back.
     */
    private Map<String, Object> page(HttpServletRequest request) {
        Map<String, Object> page = pageModel.attributes(request);
        page.put("sessionUnreadable", page.get("currentUser") == null && carriesASession(request));
        return page;
    }

    private static boolean carriesASession(HttpServletRequest request) {
        var cookies = request.getCookies();
        return cookies != null && Arrays.stream(cookies).anyMatch(c -> SESSION_COOKIE.equals(c.getName()));
    }

    private Map<String, Object> problem(HttpServletRequest request, Locale locale) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", PROBLEM_TYPE);
        problem.put("title", messages.getMessage("problem.databaseUnavailable.title", null, locale));
        problem.put("status", HttpStatus.SERVICE_UNAVAILABLE.value());
        problem.put("detail", messages.getMessage("problem.databaseUnavailable", null, locale));
        problem.put("instance", request.getRequestURI());
        return problem;
    }
}
