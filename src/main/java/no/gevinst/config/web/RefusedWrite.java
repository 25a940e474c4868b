package no.gevinst.config.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A page's write that the access module refused after the form had been shown (the user's rights changed
 * meanwhile): where it was sent and what the user typed, carried back to the page they came from so that nothing
 * typed is lost. Ids, versions, tokens and passwords are not "typed" and are left out.
 *
 * @param action the path the form posted to, so that the page can fill that form again if it still offers it
 * @param typed the fields the user filled in, in the order sent
 */
record RefusedWrite(String action, List<Typed> typed) implements Serializable {

    private static final int MOST_FIELDS = 30;
    private static final int LONGEST_VALUE = 4_000;
    private static final Pattern ID = Pattern.compile("[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}");

    RefusedWrite {
        typed = List.copyOf(typed);
    }

    /** One field the user filled in. */
    record Typed(String field, String value) implements Serializable {}

    static RefusedWrite of(HttpServletRequest request) {
        List<Typed> typed = new ArrayList<>();
        for (Map.Entry<String, String[]> field : request.getParameterMap().entrySet()) {
            String value = String.join(", ", field.getValue()).strip();
            if (typed.size() < MOST_FIELDS && typedByAPerson(field.getKey(), value)) {
                typed.add(new Typed(field.getKey(), bounded(value)));
            }
        }
        return new RefusedWrite(request.getRequestURI(), typed);
    }

    /**
     * The page the form was on, when the browser says it and it is one of Gevinst's own: never a redirect to
     * another site.
     */
    static Optional<String> returnAddress(HttpServletRequest request) {
        String referer = request.getHeader("Referer");
        String host = request.getHeader("Host");
        if (referer == null || host == null) {
            return Optional.empty();
        }
        try {
            URI from = URI.create(referer);
            if (!host.equalsIgnoreCase(from.getRawAuthority()) || from.getRawPath() == null) {
                return Optional.empty();
            }
            return Optional.of(from.getRawPath() + (from.getRawQuery() == null ? "" : "?" + from.getRawQuery()));
        } catch (IllegalArgumentException notAnAddress) {
            return Optional.empty();
        }
    }

    private static boolean typedByAPerson(String field, String value) {
        String name = field.toLowerCase(java.util.Locale.ROOT);
        return !value.isEmpty()
                && !name.startsWith("_")
                && !name.equals("version")
                && !name.contains("password")
                && !ID.matcher(value).matches();
    }

    private static String bounded(String value) {
        return value.length() <= LONGEST_VALUE ? value : value.substring(0, LONGEST_VALUE) + "…";
    }
}
