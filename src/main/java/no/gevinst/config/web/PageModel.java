package no.gevinst.config.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.Map;
import no.gevinst.access.AccessPolicy;
import no.gevinst.access.Role;
import org.springframework.stereotype.Component;

/**
 * What the layout around every page needs: who is signed in, which menu items they may see, the path the page
 * answers (for the menu's current item and the language links) and the page the user came from. Controllers get it
 * through {@link PageAdvice}; error pages rendered by an exception handler or outside Spring MVC (the database
 * outage) ask for it here, so that they keep the whole navigation.
 */
@Component
public class PageModel {

    /** Servlet 6.1's {@code RequestDispatcher.ERROR_QUERY_STRING}: the failed request's query. */
    private static final String ERROR_QUERY_STRING = "jakarta.servlet.error.query_string";

    private final AccessPolicy access;

    public PageModel(AccessPolicy access) {
        this.access = access;
    }

    /** The layout's attributes for this request; none of them reads the database. */
    public Map<String, Object> attributes(HttpServletRequest request) {
        Map<String, Object> model = new HashMap<>();
        model.put("currentUser", access.currentUser().orElse(null));
        model.put("isAdministrator", access.isAdministrator());
        // The navigation offers the measurement upload only to those who may record measurements somewhere.
        model.put(
                "mayImportMeasurements",
                access.holdsAnyRole(Role.GEVINSTKOORDINATOR, Role.GEVINSTEIER, Role.MAALEANSVARLIG));
        // Users, their roles and the audit log are for administrators and coordinators (within their programmes).
        model.put("mayAdministerUsers", access.holdsAnyRole(Role.GEVINSTKOORDINATOR));
        model.put("currentPath", currentPath(request));
        model.put("previousPage", previousPage(request));
        model.put("retryAddress", retryAddress(request));
        model.put("languageBase", languageBase(request));
        return model;
    }

    /**
     * The path the user asked for. An error page is rendered on a second dispatch to {@code /error}; its menu and
     * language links must still point at the page that failed, not at {@code /error}.
     */
    static String currentPath(HttpServletRequest request) {
        Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        return failed instanceof String path ? path : request.getRequestURI();
    }

    /**
     * What an error page's "try again" link asks for: the same address, query and all, when the failed request was a
     * read; null for a write, which a link cannot send again.
     */
    static String retryAddress(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod())) {
            return null;
        }
        boolean errorDispatch = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) != null;
        Object query = errorDispatch ? request.getAttribute(ERROR_QUERY_STRING) : request.getQueryString();
        return currentPath(request) + (query instanceof String q && !q.isEmpty() ? "?" + q : "");
    }

    /**
     * What the language links ask for before their {@code lang}: the same page with its filters, dates and page
     * number, so that choosing a language does not lose what the user was looking at; only the path for a write.
     */
    static String languageBase(HttpServletRequest request) {
        String address = retryAddress(request);
        if (address == null || !address.contains("?")) {
            return currentPath(request);
        }
        return org.springframework.web.util.UriComponentsBuilder.fromUriString(address)
                .replaceQueryParam("lang")
                .build()
                .toUriString();
    }

    /** The page of Gevinst's own the user came from, for an error page's "back" link; null when there is none. */
    static String previousPage(HttpServletRequest request) {
        String current = currentPath(request);
        return RefusedWrite.returnAddress(request)
                .filter(path -> path.startsWith("/") && !path.startsWith("//"))
                .filter(path -> !path.equals(current))
                .orElse(null);
    }
}
