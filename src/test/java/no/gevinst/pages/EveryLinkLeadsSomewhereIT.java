package no.gevinst.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.gevinst.GevinstIntegrationTest;
import no.gevinst.PageActions;
import no.gevinst.TestUsers;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcPrint;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * No dead end: starting at the front page as each demo user (the coordinators of both programmes, a gevinsteier and
 * a leser), every link on every page reached is followed, and none may answer 4xx or 5xx. Downloads are fetched but
 * not read. The walk is bounded: links of the same shape (the same path and parameters with ids and numbers left out,
 * an empty value kept apart from a given one, since "?programme=" is where links broke) are followed a few times per
 * user, and each user's walk stops after a fixed number of requests.
 */
@GevinstIntegrationTest
@AutoConfigureMockMvc(print = MockMvcPrint.NONE)
class EveryLinkLeadsSomewhereIT {

    private static final int SAME_SHAPE = 2;
    private static final int SAME_PATH = 6;
    private static final int REQUESTS_PER_USER = 150;

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Test
    void noLinkOnAnyPageOfTheDemoUsersAnswers4xxOr5xx() throws Exception {
        List<String> deadEnds = new ArrayList<>();
        Map<String, Integer> visited = new HashMap<>();
        Set<String> downloads = new HashSet<>();
        for (String user : List.of("kari", "ole", "nina", "dina")) {
            Walk walk = walk(user, downloads);
            deadEnds.addAll(walk.deadEnds);
            visited.put(user, walk.requests);
        }
        System.out.printf("Links followed per user: %s%n", visited);
        assertThat(visited.values())
                .as("requests per user")
                .allSatisfy(n -> assertThat(n).isGreaterThan(25));
        assertThat(deadEnds)
                .as("links answering 4xx or 5xx, with the page they were found on")
                .isEmpty();
    }

    /** One user's walk; a download (the same path, ids left out) is fetched once in all the walks: they are slow. */
    private Walk walk(String user, Set<String> downloads) throws Exception {
        Walk walk = new Walk();
        Deque<String> queue = new ArrayDeque<>(List.of("/"));
        Set<String> seen = new HashSet<>(queue);
        Map<String, Integer> ofShape = new HashMap<>();
        Map<String, Integer> ofPath = new HashMap<>();
        Map<String, String> foundOn = new HashMap<>();
        while (!queue.isEmpty() && walk.requests < REQUESTS_PER_USER) {
            String visiting = queue.poll();
            walk.requests++;
            MockHttpServletResponse response;
            try {
                response = mvc.perform(get(URI.create(visiting)).with(users.session(user)))
                        .andReturn()
                        .getResponse();
            } catch (Exception e) {
                // MockMvc rethrows what no handler answered: the server would have answered 500.
                walk.deadEnds.add(user + ": 500 " + visiting + " (on " + foundOn.get(visiting) + "): " + where(e));
                continue;
            }
            int status = response.getStatus();
            if (status >= 400) {
                walk.deadEnds.add(user + ": " + status + " " + visiting + " (on " + foundOn.get(visiting) + ")");
                continue;
            }
            List<String> links = new ArrayList<>();
            if (status >= 300 && response.getRedirectedUrl() != null) {
                links.add(response.getRedirectedUrl());
            } else if (isPage(response)) {
                for (Element link : PageActions.parse(response.getContentAsString(StandardCharsets.UTF_8))
                        .select("a[href]")) {
                    links.add(link.attr("href"));
                }
            }
            for (String link : links) {
                String href = sameSite(link);
                if (href == null || !seen.add(href)) {
                    continue;
                }
                String shape = shape(href);
                String path = shape.replaceFirst("\\?.*", "");
                boolean followed = download(href)
                        ? downloads.add(path)
                        : ofShape.merge(shape, 1, Integer::sum) <= SAME_SHAPE
                                // An empty value is where links broke: each such shape is tried, past the bound.
                                && (ofPath.merge(path, 1, Integer::sum) <= SAME_PATH || shape.matches(".*=(&.*)?$"));
                if (followed) {
                    queue.add(href);
                    foundOn.put(href, visiting);
                }
            }
        }
        return walk;
    }

    /** The root cause and where in Gevinst it was thrown: which links break depends on what earlier tests left. */
    private static String where(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        String at = Arrays.stream(root.getStackTrace())
                .filter(f -> f.getClassName().startsWith("no.gevinst."))
                .findFirst()
                .map(StackTraceElement::toString)
                .orElse("?");
        return root + " at " + at;
    }

    private static boolean download(String href) {
        return href.startsWith("/api/") || href.matches("[^?]*\\.(pdf|xlsx|csv|json|svg|png|ico)(\\?.*)?");
    }

    private static boolean isPage(MockHttpServletResponse response) {
        String type = response.getContentType();
        return type != null && type.startsWith("text/html");
    }

    /**
     * The link as a path of this Gevinst, without its fragment; null for other sites, in-page anchors, signing out
     * and the language switch (which is remembered for the user, and would change the walk of the next test).
     */
    static String sameSite(String link) {
        String href = link.replaceFirst("^https?://localhost(:\\d+)?", "").replaceAll("#.*", "");
        if (!href.startsWith("/") || href.startsWith("//")) {
            return null;
        }
        if (href.startsWith("/logout") || href.matches(".*[?&]lang=.*")) {
            return null;
        }
        return href;
    }

    /** The link's shape: ids and numbers left out, an empty parameter value kept apart from a given one. */
    static String shape(String href) {
        return href.replaceAll("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "{id}")
                .replaceAll("=[^&]+", "=*")
                .replaceAll("/\\d+(?=/|$|\\?)", "/{n}");
    }

    private static final class Walk {
        final List<String> deadEnds = new ArrayList<>();
        int requests;
    }
}
