package no.gevinst.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.gevinst.GevinstIntegrationTest;
import no.gevinst.PageActions;
import no.gevinst.TestUsers;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Walks the demo's pages from the start page as each role would, following every link: a leser is offered no write
 * anywhere, and no user is led by a link to a page that refuses them. Pages of the same kind are visited twice at
 * most (a benefit profile stands for all), which keeps the walk short and still reaches every kind of page.
 */
@GevinstIntegrationTest
@AutoConfigureMockMvc
class EveryPageFitsTheRoleIT {

    private static final int SAME_KIND = 2;

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Test
    void aLeserIsOfferedNoWriteOnAnyPage() throws Exception {
        Walk walk = walk("nina", SAME_KIND);

        assertThat(walk.pages).as("pages the leser reached").hasSizeGreaterThan(30);
        assertThat(walk.writes).as("writes offered to a leser, by page").isEmpty();
        assertThat(walk.refused).as("links to pages that refuse the leser").isEmpty();
    }

    @Test
    void noLinkLeadsAUserToAPageThatRefusesThem() throws Exception {
        for (String user : List.of("mia", "ole", "kari")) {
            // One page of each kind is enough to find a link that refuses its user; the suite's data makes pages slow.
            assertThat(walk(user, 1).refused).as("links refusing %s", user).isEmpty();
        }
    }

    private Walk walk(String username, int sameKind) throws Exception {
        Walk walk = new Walk();
        Deque<String> queue = new ArrayDeque<>(List.of("/"));
        Set<String> seen = new HashSet<>(queue);
        Map<String, Integer> ofKind = new HashMap<>();
        Map<String, String> linkedFrom = new HashMap<>();
        while (!queue.isEmpty()) {
            String path = queue.poll();
            var response = mvc.perform(get(URI.create(path)).with(users.session(username)))
                    .andReturn()
                    .getResponse();
            if (response.getStatus() == 403 || response.getStatus() == 400) {
                walk.refused.add(path + " (" + response.getStatus() + ") linked from " + linkedFrom.get(path));
            }
            String type = response.getContentType();
            if (response.getStatus() != 200 || type == null || !type.startsWith("text/html")) {
                continue;
            }
            walk.pages.add(path);
            Document page = PageActions.parse(response.getContentAsString(StandardCharsets.UTF_8));
            PageActions.writes(page).stream()
                    .filter(w -> !ownAccount(w))
                    .forEach(w -> walk.writes.add(w + " on " + kind(path)));
            for (Element link : page.select("a[href]")) {
                String href = link.attr("href").replaceAll("#.*", "");
                if (followed(href) && seen.add(href) && ofKind.merge(kind(href), 1, Integer::sum) <= sameKind) {
                    queue.add(href);
                    linkedFrom.put(href, path);
                }
            }
        }
        return walk;
    }

    /**
     * Every user, a leser too, keeps their own account: their API tokens and their password. Those writes touch no
     * programme's data and are offered to all.
     */
    private static boolean ownAccount(String write) {
        return write.matches("POST /tokens(/[0-9a-f-]{36}/revoke)?") || write.equals("POST /account/password");
    }

    /** Pages of this Gevinst; downloads, the API and the language switch are not pages to walk. */
    private static boolean followed(String href) {
        return href.startsWith("/")
                && !href.startsWith("//")
                && !href.startsWith("/api")
                && !href.startsWith("/logout")
                && !href.contains("lang=")
                && !href.matches(".*\\.(pdf|xlsx|csv|svg|json|js|css|png)(\\?.*)?");
    }

    /** The page's kind: its path with ids and parameter values left out. */
    private static String kind(String href) {
        return href.replaceAll("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "{id}")
                .replaceAll("=[^&]*", "=");
    }

    private static final class Walk {
        final List<String> pages = new ArrayList<>();
        final Set<String> writes = new java.util.TreeSet<>();
        final List<String> refused = new ArrayList<>();
    }
}
