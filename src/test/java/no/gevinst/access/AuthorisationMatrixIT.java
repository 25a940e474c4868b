package no.gevinst.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.gevinst.GevinstIntegrationTest;
import no.gevinst.access.AuthorisationMatrix.Entry;
import no.gevinst.access.AuthorisationMatrix.Scope;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every route of the running app against every role, on a resource inside the user's scope and one outside it.
 * Allowed means past authorisation (not 401, 403 or 404, and never 5xx; a write may answer 400 or 409 for the
 * deliberately incomplete body). Refused means 403 or 404 — and nothing written, counted in rows and audit
 * entries before and after.
 */
@GevinstIntegrationTest
@AutoConfigureMockMvc
class AuthorisationMatrixIT {

    private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)}");

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    MatrixWorld world;

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyRouteOfTheAppHasAnEntryInTheMatrixAndEveryEntryARoute() {
        Set<String> routes = routes();
        assertThat(new TreeSet<>(routes))
                .as("routes without an entry in AuthorisationMatrix")
                .isSubsetOf(AuthorisationMatrix.ROUTES.keySet());
        assertThat(new TreeSet<>(AuthorisationMatrix.ROUTES.keySet()))
                .as("entries of AuthorisationMatrix whose route is gone")
                .isSubsetOf(routes);
    }

    @Test
    void everyRoleIsAllowedWhatTheMatrixSaysAndRefusedTheRestInsideAndOutsideItsScope() throws Exception {
        List<String> failures = new ArrayList<>();
        int calls = 0;
        // Reads first and deletes last, so that an allowed write cannot take away what a later call reads.
        List<String> ordered = new ArrayList<>(AuthorisationMatrix.ROUTES.keySet());
        ordered.sort(java.util.Comparator.comparingInt(AuthorisationMatrixIT::order));
        for (String route : ordered) {
            Entry entry = AuthorisationMatrix.ROUTES.get(route);
            for (Role role : Role.values()) {
                boolean allowed = entry.allowed().contains(role);
                calls++;
                check(route, role, world.inside(), allowed, entry.scope(), failures);
                if (role != Role.ADMINISTRATOR && (entry.scope() == Scope.PATH || entry.scope() == Scope.BODY)) {
                    calls++;
                    check(route, role, world.outside(), entry.allowedOutside().contains(role), entry.scope(), failures);
                }
            }
        }
        failures.forEach(f -> System.out.println("MATRIX " + f));
        System.out.printf(
                "Authorisation matrix: %d routes × %d roles, inside and outside: %d calls%n",
                AuthorisationMatrix.ROUTES.size(), Role.values().length, calls);
        Set<String> known = knownHoles();
        Set<String> failing = new TreeSet<>(
                failures.stream().map(f -> f.substring(0, f.indexOf(" as "))).toList());
        assertThat(failures.stream().filter(f -> !known.contains(f.substring(0, f.indexOf(" as ")))))
                .as("calls whose answer the matrix does not allow")
                .isEmpty();
        assertThat(new TreeSet<>(known))
                .as("known holes that are fixed now: take them out of authorisation-matrix-known-holes.txt")
                .isSubsetOf(failing);
    }

    /**
     * Holes the matrix found that are not closed yet, one "inside|outside METHOD route" a line: each must still
     * fail, so that a closed one is taken out, and nothing else may.
     */
    private static Set<String> knownHoles() throws java.io.IOException {
        try (var in = AuthorisationMatrixIT.class.getResourceAsStream("/authorisation-matrix-known-holes.txt")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                    .lines()
                    .map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .collect(java.util.stream.Collectors.toCollection(TreeSet::new));
        }
    }

    private void check(String route, Role role, MatrixWorld.Ids ids, boolean allowed, Scope scope, List<String> out)
            throws Exception {
        String[] parts = route.split(" ", 2);
        String path = resolve(parts[1], ids);
        // Rows are counted only around refused writes, the one thing the matrix checks them for; reads write nothing.
        boolean counted = !allowed && !parts[0].equals("GET");
        long before = counted ? written() : 0;
        org.springframework.mock.web.MockHttpServletResponse response;
        try {
            response = mvc.perform(request(role, HttpMethod.valueOf(parts[0]), path, ids))
                    .andReturn()
                    .getResponse();
        } catch (jakarta.servlet.ServletException e) {
            // Nothing handled the exception: a real server would answer 500.
            out.add((ids == world.inside() ? "inside" : "outside") + " " + route + " as " + role + ": unhandled "
                    + e.getRootCause());
            return;
        }
        int status = response.getStatus();
        String where = (ids == world.inside() ? "inside" : "outside") + " " + route + " as " + role + ": " + status;
        if (status >= 500) {
            out.add(where + " (server error)");
        } else if (allowed) {
            if (status == 401 || status == 403 || status == 404 || isLoginRedirect(response.getRedirectedUrl())) {
                out.add(where + " (should be allowed)");
            }
        } else {
            boolean refused =
                    status == 403 || status == 404 || (scope == Scope.BODY && ids == world.outside() && status == 400);
            if (!refused) {
                out.add(where + " (should be refused)");
            }
            long after = counted ? written() : before;
            if (after != before) {
                out.add(where + " (refused but wrote " + (after - before) + " rows)");
            }
        }
    }

    private MockHttpServletRequestBuilder request(Role role, HttpMethod method, String path, MatrixWorld.Ids ids) {
        String user = world.user(role);
        boolean api = path.startsWith("/api/");
        MockHttpServletRequestBuilder request =
                org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request(method, path);
        // Logged in as the API's HTTP Basic would log the user in, without checking the password: a BCrypt check
        // on each of some thousand calls cost a minute of CPU, and the matrix is about rights, not passwords.
        request.with(world.session(user));
        if (path.endsWith("/releases/view")) {
            // The release is named in a query parameter: the world's first element is delivered in it.
            request.param("name", "R1");
        }
        if (method == HttpMethod.GET) {
            return request;
        }
        request.with(csrf()).header("If-Match", "\"999999\"");
        if (path.equals("/api/v1/measurements:import")) {
            return request.contentType("text/csv")
                    .content("indicator,organisation,periodStart,periodEnd,value\n" + ids.get("indicator") + ","
                            + ids.get("organisation") + ",2025-02-01,2025-02-28,1\n");
        }
        if (path.equals("/api/v1/fhir")) {
            return request.contentType("application/fhir+json")
                    .content("{\"resourceType\":\"Bundle\",\"type\":\"transaction\"}");
        }
        if (path.equals("/api/v1/fhir/MeasureReport")) {
            return request.contentType("application/fhir+json").content("{\"resourceType\":\"MeasureReport\"}");
        }
        if (api) {
            return request.contentType("application/json")
                    .content(
                            "{\"programmeId\":\"%s\",\"ownerOrganisationId\":\"%s\",\"organisationId\":\"%s\",\"organisation\":\"%s\",\"version\":999999}"
                                    .formatted(
                                            ids.get("programme"),
                                            ids.get("organisation"),
                                            ids.get("organisation"),
                                            ids.get("organisation")));
        }
        return request.param("programmeId", ids.get("programme"))
                .param("ownerOrganisationId", ids.get("organisation"))
                .param("organisationId", ids.get("organisation"))
                .param("organisation", ids.get("organisation"))
                .param("version", "999999");
    }

    /** The path with its variables replaced by the ids of the world asked about. */
    private static String resolve(String pattern, MatrixWorld.Ids ids) {
        Matcher m = VARIABLE.matcher(pattern);
        StringBuilder path = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            if (name.equals("id")) {
                name = idOf(pattern.substring(0, m.start()));
            }
            m.appendReplacement(path, ids.get(name));
        }
        m.appendTail(path);
        return path.toString();
    }

    /** What {@code {id}} stands for, from the segment before it. */
    private static String idOf(String before) {
        if (before.endsWith("/measurements/import/")) {
            return "job";
        }
        String[] segments = before.split("/");
        return switch (segments[segments.length - 1]) {
            case "programmes" -> "programme";
            case "benefits" -> "benefit";
            case "indicators" -> "indicator";
            case "measurements" -> "measurement";
            case "objectives" -> "objective";
            case "organisations" -> "organisation";
            case "people" -> "person";
            case "users" -> "user";
            default -> throw new IllegalArgumentException("No id for " + before);
        };
    }

    private static boolean isLoginRedirect(String url) {
        return url != null && url.contains("/login");
    }

    private static int order(String route) {
        if (route.startsWith("GET ")) {
            return 0;
        }
        return route.startsWith("DELETE ") || route.endsWith("/delete") ? 2 : 1;
    }

    /** Rows in every table but the session store's, and audit entries: what a refused write must leave as it was. */
    private String countAll;

    private long written() {
        if (countAll == null) {
            countAll = "SELECT "
                    + String.join(
                            " + ",
                            tables().stream()
                                    .map(t -> "(SELECT count(*) FROM \"" + t + "\")")
                                    .toList());
        }
        return jdbc.sql(countAll).query(Long.class).single();
    }

    private List<String> tables() {
        return jdbc.sql("""
                        SELECT table_name FROM information_schema.tables
                        WHERE table_schema = 'public' AND table_type = 'BASE TABLE'
                          AND table_name NOT LIKE 'spring_session%' AND table_name <> 'flyway_schema_history'
                        """).query(String.class).list();
    }

    private Set<String> routes() {
        Set<String> routes = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            if (!method.getBeanType().getPackageName().startsWith("no.gevinst")) {
                return;
            }
            for (String pattern : info.getPatternValues()) {
                for (var m : info.getMethodsCondition().getMethods()) {
                    routes.add(m.name() + " " + pattern);
                }
            }
        });
        return routes;
    }
}
