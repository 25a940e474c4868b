package no.gevinst.benefit.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import no.gevinst.shared.DataGeneration;
import no.gevinst.shared.GenerationKept;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * The register's filter form ({@code benefit/register-filters.html}), kept as written for the data generation. Its
 * lists of programmes, organisations and owners run to hundreds of options in a region, and writing them was half of
 * the register page's work on every request (issue 15: 3.5 of 6.3 ms of the node's CPU per page at a tenth of a
 * region), though nothing in them changes until a write. What the form shows follows from the names the user may see,
 * the query (what is typed and chosen) and the language, so it is kept under those; any commit moves the generation
 * and retires it, and a form that cannot be kept (beyond the limit, or read inside a writer's transaction) is written
 * afresh. The form is a GET without a CSRF token, so nothing in it belongs to one session.
 */
@Component
class RegisterFilterForm {

    /** Forms kept per generation: every user's usual register views, bounded whatever they type. */
    static final int LIMIT = 256;

    private final ITemplateEngine templates;
    private final GenerationKept<Shown, String> kept;

    RegisterFilterForm(ITemplateEngine templates, DataGeneration generations) {
        this.templates = templates;
        this.kept = new GenerationKept<>(generations, LIMIT);
    }

    /**
     * What one form shows besides its template. The names by instance: they are kept per generation and set of
     * rights ({@link RegisterLookups}), so the same instance means the same choices, and comparing it is free.
     */
    private record Shown(RegisterNames names, String query, Locale locale) {

        @Override
        public boolean equals(Object other) {
            return other instanceof Shown shown
                    && shown.names == names
                    && shown.query.equals(query)
                    && shown.locale.equals(locale);
        }

        @Override
        public int hashCode() {
            return Objects.hash(System.identityHashCode(names), query, locale);
        }
    }

    /**
     * The form for the request, from the page's model (the filter, the query, the register's choices and the lists of
     * statuses, classes, warnings, indicator filters and sorts).
     */
    String html(
            RegisterNames names,
            Map<String, Object> model,
            HttpServletRequest request,
            HttpServletResponse response,
            Locale locale) {
        Shown shown = new Shown(names, Objects.requireNonNullElse(request.getQueryString(), ""), locale);
        return kept.get(shown, () -> write(model, request, response, locale));
    }

    private String write(
            Map<String, Object> model, HttpServletRequest request, HttpServletResponse response, Locale locale) {
        var exchange = JakartaServletWebApplication.buildApplication(request.getServletContext())
                .buildExchange(request, response);
        return templates.process(
                "benefit/register-filters", Set.of("filters"), new WebContext(exchange, locale, model));
    }
}
